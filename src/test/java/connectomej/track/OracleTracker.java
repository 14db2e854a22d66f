package connectomej.track;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * A tracker that knows the truth: each next-section voxel gets the seed label its true object overlaps most in the
 * seed section (the colour network's training target); an object that overlaps no seed starts a new object (its own
 * id for this section), and boundary voxels take the nearest label. The limit of any tracker under this sweep, its
 * cleanup and the followed-object criterion. Sections in sweep order.
 */
final class OracleTracker implements SectionTracker {

	/** Ids of objects that enter a section, far above the sweep's own new ids. */
	private static final long NEW_OBJECTS = 1L << 40;
	private final RandomAccessibleInterval<? extends IntegerType<?>> truth;
	private long z;

	OracleTracker(RandomAccessibleInterval<? extends IntegerType<?>> truth) {
		this.truth = truth;
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		var continued = SeedMatching.largestOverlap(Sections.labels(truth, z), seeds);
		long[] next = Sections.labels(truth, ++z), out = new long[next.length];
		for (int i = 0; i < next.length; i++)
			out[i] = next[i] == 0 ? 0 : continued.getOrDefault(next[i], NEW_OBJECTS + z * 1_000_000L + next[i]);
		SectionCleanup.fillFromNeighbours(out, width, height);
		return out;
	}
}
