package connectomej.track;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * Diagnostic: replaces the colour network's probabilities by perfect ones ({@link OracleColours}' rule) on one class
 * of voxels of each step, so that the decoding sees the net's colours on the rest: over the seed's erased band
 * ({@code BAND}: seed voxel beneath is 0) or over coloured seed voxels ({@code SEEDS}). Where the gap between the net
 * and perfect colours lies.
 */
final class MixedColours implements CrossClassificationTracker.ProbabilityObserver {

	enum Where { BAND, SEEDS }

	private final RandomAccessibleInterval<? extends IntegerType<?>> truth;
	private final Where where;
	private long z;

	MixedColours(RandomAccessibleInterval<? extends IntegerType<?>> truth, Where where) {
		this.truth = truth;
		this.where = where;
	}

	@Override
	public void observe(CodeBook code, long[] seeds, float[][] probabilities) {
		var continued = SeedMatching.largestOverlap(Sections.labels(truth, z), seeds);
		long[] next = Sections.labels(truth, ++z);
		int plane = next.length, k = code.colours();
		for (int i = 0; i < plane; i++) {
			if ((seeds[i] == 0) != (where == Where.BAND))
				continue;
			Long label = next[i] == 0 ? null : continued.get(next[i]);
			for (int d = 0; d < code.digits(); d++)
				for (int c = 0; c < k; c++)
					probabilities[d][c * plane + i] = label == null ? 1f / k : c == code.colour(label, d) ? 1 : 0;
		}
	}
}
