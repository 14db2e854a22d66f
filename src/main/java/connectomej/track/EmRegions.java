package connectomej.track;

import java.util.Arrays;

import connectomej.segment.SeededWatershed;
import connectomej.segment.WatershedSettings;
import connectomej.volume.VoxelSize;

/**
 * Over-segmenting regions from the EM alone, so 3C needs no membrane model: the section is smoothed (box filter),
 * turned into a boundary map by rank (darkest voxel = 1, brightest = 0; membranes are dark in TEM and FIB-SEM), and
 * flooded by the 2D {@link SeededWatershed} from seeds made of the brightest voxels far enough from darker ones.
 *
 * @param smoothing box filter radius, voxels (applied twice; 0 = none)
 * @param seedShare share of the voxels, the brightest, that may seed regions, in (0, 1)
 * @param minSeedDistance seed voxels lie at least this far (voxels) from any non-seed voxel; larger = fewer regions
 */
public record EmRegions(int smoothing, double seedShare, double minSeedDistance) implements SectionRegions {

	/**
	 * Settings chosen on synthetic TEM stacks (seed share 0.6 of the brightest voxels, no seed distance, smoothing 1;
	 * shares of 0.7 and more let seeds cross membranes, see ACCURACY.md, issue 6).
	 */
	public static EmRegions defaults() {
		return new EmRegions(1, 0.6, 0);
	}

	@Override
	public int[] regions(long z, float[] em, int width, int height) {
		float[] smooth = em.clone();
		for (int pass = 0; pass < 2 && smoothing > 0; pass++)
			smooth = BoxFilter.smooth(smooth, width, height, smoothing);
		int[] labels = new int[em.length];
		SeededWatershed.watershed(darknessRank(smooth), new int[] { width, height, 1 }, new VoxelSize(1, 1, 1),
				new WatershedSettings(seedShare, minSeedDistance, true), labels);
		return labels;
	}

	/** Per voxel the share of voxels brighter than it, in [0, 1]. */
	static float[] darknessRank(float[] values) {
		float[] sorted = values.clone();
		Arrays.sort(sorted);
		float[] out = new float[values.length];
		for (int i = 0; i < values.length; i++)
			out[i] = (float) (values.length - notBrighter(sorted, values[i])) / values.length;
		return out;
	}

	/** The number of sorted values <= {@code value}. */
	private static int notBrighter(float[] sorted, float value) {
		int lo = 0, hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] <= value)
				lo = mid + 1;
			else
				hi = mid;
		}
		return lo;
	}
}
