package connectomej.track;

import java.util.HashMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * Issue 6 diagnostic: a tracker that starts the objects a 3D segmentation (the fast pass's) sees entering. A segment
 * that is absent from the first section is an entering object from the section where it first appears; for its
 * first {@code window} sections its voxels get an id of their own (far above the sweep's ids), whatever the wrapped
 * tracker decoded there. After that the wrapped tracker carries it on from its own seeds. Sections in sweep order,
 * from the first.
 */
final class EnteringHints implements SectionTracker {

	/** Ids of hinted objects: this plus the segment's id. */
	private static final long HINTED = 1L << 41;
	private final SectionTracker tracker;
	private final RandomAccessibleInterval<? extends IntegerType<?>> segments;
	private final int window;
	private final Map<Long, Long> firstSection = new HashMap<>();
	private long z;

	EnteringHints(SectionTracker tracker, RandomAccessibleInterval<? extends IntegerType<?>> segments, int window) {
		this.tracker = tracker;
		this.segments = segments;
		this.window = window;
		for (long s : Sections.labels(segments, 0))
			firstSection.putIfAbsent(s, 0L);
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		return hint(tracker.propagate(seeds, seedEm, nextEm, width, height));
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int[] nextRegions, int width, int height) {
		return hint(tracker.propagate(seeds, seedEm, nextEm, nextRegions, width, height));
	}

	private long[] hint(long[] next) {
		long[] segment = Sections.labels(segments, ++z);
		for (long s : segment)
			firstSection.putIfAbsent(s, z);
		for (int i = 0; i < next.length; i++) {
			long first = firstSection.get(segment[i]);
			if (segment[i] != 0 && first > 0 && z - first < window)
				next[i] = HINTED + segment[i];
		}
		return next;
	}
}
