package connectomej.segment;

import connectomej.volume.VoxelSize;

/**
 * Seeds of the {@link SeededWatershed}: face-connected components (per section or in 3D) of the voxels whose
 * probability is below the threshold and, when a minimum distance is set, whose exact Euclidean distance to the
 * nearest voxel above it is at least that distance; or, with maxima smoothing, of the {@link DistanceMaxima} of
 * that region.
 */
final class WatershedSeeds {

	private WatershedSeeds() {}

	/** Writes seed labels 1..n (0 elsewhere) into {@code labels} and returns n. */
	static int find(float[] probability, int[] dims, VoxelSize voxelSize, WatershedSettings settings, int[] labels) {
		boolean[] region = new boolean[probability.length];
		for (int i = 0; i < region.length; i++)
			region[i] = probability[i] < settings.seedThreshold();
		double[] spacing = DistanceTransform.spacing(voxelSize, settings.perSection());
		if (settings.maximaSmoothing() > 0)
			region = DistanceMaxima.of(region, dims, spacing, settings.maximaSmoothing(), settings.minSeedDistance());
		else if (settings.minSeedDistance() > 0) {
			float[] d2 = DistanceTransform.squaredDistances(region, dims, spacing);
			double min2 = settings.minSeedDistance() * settings.minSeedDistance();
			for (int i = 0; i < region.length; i++)
				region[i] &= d2[i] >= min2;
		}
		return components(region, dims, settings.perSection(), labels);
	}

	/** Labels face-connected components 1..n in order of their first voxel; 0 outside. */
	static int components(boolean[] mask, int[] dims, boolean inPlane, int[] labels) {
		UnionFind sets = new UnionFind(mask.length);
		int w = dims[0], plane = dims[0] * dims[1];
		int i = 0;
		for (int z = 0; z < dims[2]; z++)
			for (int y = 0; y < dims[1]; y++)
				for (int x = 0; x < w; x++, i++) {
					if (!mask[i])
						continue;
					if (x > 0 && mask[i - 1])
						sets.union(i, i - 1);
					if (y > 0 && mask[i - w])
						sets.union(i, i - w);
					if (!inPlane && z > 0 && mask[i - plane])
						sets.union(i, i - plane);
				}
		int[] labelOfRoot = new int[mask.length];
		int next = 0;
		for (i = 0; i < mask.length; i++) {
			if (!mask[i]) {
				labels[i] = 0;
				continue;
			}
			int root = sets.find(i);
			if (labelOfRoot[root] == 0)
				labelOfRoot[root] = ++next;
			labels[i] = labelOfRoot[root];
		}
		return next;
	}
}
