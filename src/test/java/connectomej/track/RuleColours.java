package connectomej.track;

import java.util.Random;

/**
 * 3C's region decoding fed colours from a rule instead of the network: a subclass names, for every voxel of the next
 * section, the seed label whose colours it gets with probability 1 (per digit, the colour of that label's code word),
 * or 0 for uniform colours. The code words are drawn afresh each step, as the tracker draws them.
 */
abstract class RuleColours implements SectionTracker {

	private final int colours, redundant;
	private final double agreement, voxelConfidence;
	private final RegionAssignment assignment;
	private final Random random = new Random(1);

	/** The decoding's settings, as {@link CrossClassificationTracker} takes them. */
	RuleColours(int colours, int redundant, double agreement, RegionAssignment assignment, double voxelConfidence) {
		this.colours = colours;
		this.redundant = redundant;
		this.agreement = agreement;
		this.assignment = assignment;
		this.voxelConfidence = voxelConfidence;
	}

	/**
	 * The seed label each voxel of the next section takes its colours from, 0 for uniform colours; called once per
	 * step, in sweep order.
	 *
	 * @param seeds the seed section's labels as the sweep gives them, index y * width + x
	 */
	abstract long[] labels(long[] seeds, int width, int height);

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		throw new UnsupportedOperationException("region decoding only");
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int[] nextRegions, int width, int height) {
		CodeBook code = CodeBook.random(Sections.objects(seeds), colours, 0, redundant, random);
		long[] labels = labels(seeds, width, height);
		int plane = labels.length;
		float[][] probabilities = new float[code.digits()][colours * plane];
		for (int d = 0; d < code.digits(); d++)
			for (int i = 0; i < plane; i++)
				for (int c = 0; c < colours; c++)
					probabilities[d][c * plane + i] = labels[i] == 0 ? 1f / colours : c == code.colour(labels[i], d) ? 1 : 0;
		return RegionVote.decode(probabilities, code, nextRegions, seeds, agreement, voxelConfidence, assignment, width);
	}
}
