package connectomej.track;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * 3C's region decoding fed perfect colours instead of the network's: for each digit, probability 1 for the colour
 * of the seed label the voxel's true object overlaps most in the seed section, uniform where there is none
 * (boundaries, entering objects). What the decoding itself loses, given colours as good as they can be.
 */
final class OracleColours extends RuleColours {

	private final RandomAccessibleInterval<? extends IntegerType<?>> truth;
	private long z;

	OracleColours(RandomAccessibleInterval<? extends IntegerType<?>> truth, int colours, int redundant, double agreement,
			RegionAssignment assignment, double voxelConfidence) {
		super(colours, redundant, agreement, assignment, voxelConfidence);
		this.truth = truth;
	}

	@Override
	long[] labels(long[] seeds, int width, int height) {
		var continued = SeedMatching.largestOverlap(Sections.labels(truth, z), seeds);
		long[] next = Sections.labels(truth, ++z);
		long[] labels = new long[next.length];
		for (int i = 0; i < next.length; i++) {
			Long label = next[i] == 0 ? null : continued.get(next[i]);
			labels[i] = label == null ? 0 : label;
		}
		return labels;
	}
}
