package connectomej.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Unlabels the boundary voxels of a section's labels before they become the next step's seeds, by a boundary
 * probability map. The colour network of 3C (Meirovitch, Mi et al. 2018, arXiv 1812.01157) learned from ground
 * truth, whose membranes and extracellular space are unlabelled (0); the sweep's own labels cover every voxel, so
 * without this the seeds it colours spill over membranes and the errors are copied onward, section after section.
 * An object never loses more than three quarters of its voxels (its lowest-probability quarter is kept).
 *
 * @param probability boundary probability in [0, 1], x, y, z, the same interval as the EM being tracked
 * @param threshold voxels whose probability is above this are left uncoloured, in [0, 1]
 */
public record BoundarySeeds(RandomAccessibleInterval<? extends RealType<?>> probability, double threshold) {

	/**
	 * @param labels object ids of section {@code z}, index y * width + x (x fastest)
	 * @param z absolute z of the section in {@link #probability}'s interval
	 * @return a copy of {@code labels} with 0 where the boundary probability is above the threshold, except in the
	 *         lowest-probability quarter of an object that would otherwise keep less than a quarter of its voxels
	 * @throws IllegalArgumentException when the section sizes differ
	 */
	public long[] erase(long[] labels, long z) {
		if (labels.length != Sections.width(probability) * Sections.height(probability))
			throw new IllegalArgumentException("boundary map sections are " + probability.dimension(0) + " x "
					+ probability.dimension(1) + ", labels have " + labels.length + " voxels");
		float[] p = Sections.values(probability, z);
		long[] out = labels.clone();
		for (int i = 0; i < out.length; i++)
			if (p[i] > threshold)
				out[i] = 0;
		keepCores(labels, p, out);
		return out;
	}

	/**
	 * An object that would keep less than a quarter of its voxels keeps its quarter of lowest probability instead, so
	 * that thin and small objects still seed the next section.
	 */
	private static void keepCores(long[] labels, float[] p, long[] out) {
		Map<Long, List<Integer>> voxels = new HashMap<>();
		Map<Long, Integer> kept = new HashMap<>();
		for (int i = 0; i < labels.length; i++)
			if (labels[i] != 0) {
				voxels.computeIfAbsent(labels[i], x -> new ArrayList<>()).add(i);
				kept.merge(labels[i], out[i] != 0 ? 1 : 0, Integer::sum);
			}
		voxels.forEach((id, list) -> {
			int core = (list.size() + 3) / 4;
			if (kept.get(id) >= core)
				return;
			list.sort(Comparator.comparingDouble(i -> p[i]));
			for (int j = 0; j < core; j++)
				out[list.get(j)] = id;
		});
	}

	/** The same erasure for a part of the volume (a tile of {@link BlockwiseTracking}), in its coordinates (x, y, z). */
	public BoundarySeeds crop(Interval area) {
		return new BoundarySeeds(Views.interval(probability, area), threshold);
	}
}
