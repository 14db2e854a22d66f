package connectomej.track;

import java.util.HashMap;
import java.util.Map;

import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Regions from a 3D over-segmentation, such as the fast pass's watershed supervoxels before agglomeration: a section's
 * regions are the sections of the supervoxels. 3C (Meirovitch, Mi et al. 2018, arXiv 1812.01157) then decides, section
 * by section, which seed object each supervoxel's section joins; where the per-section watershed of a thin boundary map
 * ({@link ProbabilityRegions}) leaks through a gap in one section, a 3D watershed sees the boundary in the neighbouring
 * sections. Voxels whose boundary probability is at least {@code maxVoteProbability} keep their region but do not vote
 * (negative labels, see {@link SectionRegions}).
 *
 * @param supervoxels labels, x, y, z, the same interval as the EM being tracked; 0 = no region (decoded on its own)
 * @param probability boundary probability in [0, 1] over the same interval, or null: every region voxel votes
 * @param maxVoteProbability voxels with a probability below this vote, in (0, 1]; above 1 every voxel votes
 */
public record SupervoxelRegions(RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
		RandomAccessibleInterval<? extends RealType<?>> probability, double maxVoteProbability) implements SectionRegions {

	@Override
	public SectionRegions crop(Interval area) {
		return new SupervoxelRegions(Views.interval(supervoxels, area), probability == null ? null : Views.interval(probability, area),
				maxVoteProbability);
	}

	@Override
	public int[] regions(long z, float[] em, int width, int height) {
		if (Sections.width(supervoxels) != width || Sections.height(supervoxels) != height)
			throw new IllegalArgumentException("supervoxel sections are " + supervoxels.dimension(0) + " x " + supervoxels.dimension(1)
					+ ", EM sections " + width + " x " + height);
		long[] ids = Sections.labels(supervoxels, z);
		float[] p = probability == null ? null : Sections.values(probability, z);
		Map<Long, Integer> compact = new HashMap<>();
		int[] labels = new int[ids.length];
		for (int i = 0; i < ids.length; i++) {
			if (ids[i] == 0)
				continue;
			int region = compact.computeIfAbsent(ids[i], id -> compact.size() + 1);
			labels[i] = p != null && p[i] >= maxVoteProbability ? -region : region;
		}
		return labels;
	}
}
