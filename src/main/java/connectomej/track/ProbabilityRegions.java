package connectomej.track;

import connectomej.segment.SeededWatershed;
import connectomej.segment.WatershedSettings;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Regions from a boundary probability map (the fast pass's membrane prediction, or a stored one such as gala's
 * {@code /boundary_prob}): the 2D supervoxels of the fast pass, a per-section {@link SeededWatershed}. Voxels whose
 * probability is at least {@code maxVoteProbability} belong to their region but do not vote (negative labels, see
 * {@link SectionRegions}): the colour network learned no colour for boundaries and extracellular space, so their
 * colours would only dilute the vote.
 *
 * @param probability boundary probability in [0, 1], x, y, z, the same interval as the EM being tracked
 * @param seedThreshold probability below which voxels may seed
 * @param minSeedDistance seed voxels lie at least this far (voxels) from voxels above the threshold
 * @param maxVoteProbability voxels with a probability below this vote, in (0, 1]; above 1 every voxel votes
 * @param maximaSmoothing 0: seeds are the connected components below the threshold; > 0: the maxima of their distance
 *            transform smoothed with this sigma (voxels), so that a region leaking through a gap in a membrane gets
 *            a seed in each cell ({@link WatershedSettings})
 */
public record ProbabilityRegions(RandomAccessibleInterval<? extends RealType<?>> probability, double seedThreshold,
		double minSeedDistance, double maxVoteProbability, double maximaSmoothing) implements SectionRegions {

	/** Seeds from connected components. */
	public ProbabilityRegions(RandomAccessibleInterval<? extends RealType<?>> probability, double seedThreshold, double minSeedDistance,
			double maxVoteProbability) {
		this(probability, seedThreshold, minSeedDistance, maxVoteProbability, 0);
	}

	/** Regions in which every voxel votes. */
	public ProbabilityRegions(RandomAccessibleInterval<? extends RealType<?>> probability, double seedThreshold, double minSeedDistance) {
		this(probability, seedThreshold, minSeedDistance, 2);
	}

	@Override
	public SectionRegions crop(net.imglib2.Interval area) {
		return new ProbabilityRegions(net.imglib2.view.Views.interval(probability, area), seedThreshold, minSeedDistance, maxVoteProbability,
				maximaSmoothing);
	}

	@Override
	public int[] regions(long z, float[] em, int width, int height) {
		if (Sections.width(probability) != width || Sections.height(probability) != height)
			throw new IllegalArgumentException("probability sections are " + probability.dimension(0) + " x "
					+ probability.dimension(1) + ", EM sections " + width + " x " + height);
		float[] p = Sections.values(probability, z);
		int[] labels = new int[width * height];
		SeededWatershed.watershed(p, new int[] { width, height, 1 }, new VoxelSize(1, 1, 1),
				new WatershedSettings(seedThreshold, minSeedDistance, true, maximaSmoothing), labels);
		for (int i = 0; i < labels.length; i++)
			if (p[i] >= maxVoteProbability)
				labels[i] = -labels[i];
		return labels;
	}
}
