package connectomej.track;

import java.util.Random;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * 3C's region decoding fed perfect colours instead of the network's: for each digit, probability 1 for the colour
 * of the seed label the voxel's true object overlaps most in the seed section, uniform where there is none
 * (boundaries, entering objects). What the decoding itself loses, given colours as good as they can be.
 */
final class OracleColours implements SectionTracker {

	private final RandomAccessibleInterval<? extends IntegerType<?>> truth;
	private final int colours, redundant;
	private final double agreement, voxelConfidence;
	private final RegionAssignment assignment;
	private final Random random = new Random(1);
	private long z;

	OracleColours(RandomAccessibleInterval<? extends IntegerType<?>> truth, int colours, int redundant, double agreement,
			RegionAssignment assignment, double voxelConfidence) {
		this.truth = truth;
		this.colours = colours;
		this.redundant = redundant;
		this.agreement = agreement;
		this.assignment = assignment;
		this.voxelConfidence = voxelConfidence;
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		throw new UnsupportedOperationException("region decoding only");
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int[] nextRegions, int width, int height) {
		CodeBook code = CodeBook.random(Sections.objects(seeds), colours, 0, redundant, random);
		var continued = SeedMatching.largestOverlap(Sections.labels(truth, z), seeds);
		long[] next = Sections.labels(truth, ++z);
		int plane = next.length;
		float[][] probabilities = new float[code.digits()][colours * plane];
		for (int d = 0; d < code.digits(); d++)
			for (int i = 0; i < plane; i++) {
				Long label = next[i] == 0 ? null : continued.get(next[i]);
				for (int c = 0; c < colours; c++)
					probabilities[d][c * plane + i] = label == null ? 1f / colours : c == code.colour(label, d) ? 1 : 0;
			}
		return RegionVote.decode(probabilities, code, nextRegions, seeds, agreement, voxelConfidence, assignment, width);
	}
}
