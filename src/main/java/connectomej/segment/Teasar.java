package connectomej.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * TEASAR skeletonization of one object (Sato, Bitter, Kaufman and Wan 2000, "TEASAR: tree-structure extraction
 * algorithm for accurate and robust skeletons", Pacific Graphics; as used by kimimaro, Silversmith et al.), on
 * anisotropic voxels.
 * <p>
 * Steps: the distance to the surface (DBF) by the exact {@link DistanceTransform}; the root is the voxel farthest
 * (26-connected geodesic, nm) from the object's first voxel; from the root, geodesic distances (DAF) and a
 * shortest-path tree under a penalty that makes paths near the surface expensive; then repeatedly the valid voxel
 * farthest from the root is traced back along the tree until it meets the skeleton, and every voxel within
 * {@code scale * DBF + constant} of the new path is invalidated, until no valid voxel remains. The union of the paths
 * is a tree by construction (all follow one parent tree), so there are no cycles.
 */
public final class Teasar {

	private Teasar() {}

	/**
	 * Skeleton of the voxels of one object in a flat mask.
	 *
	 * @param mask object voxels, flat x fastest; should have a border of outside voxels (otherwise the volume edge is
	 *            not a surface)
	 * @param dims {x, y, z}
	 * @param spacing nm per axis
	 * @param origin position of voxel (0, 0, 0) of the mask in nm, added to node positions
	 * @return the tree, or null when the mask is empty
	 */
	public static Skeleton skeletonize(long id, boolean[] mask, int[] dims, double[] spacing, double[] origin, TeasarSettings settings) {
		int first = firstVoxel(mask);
		if (first < 0)
			return null;
		float[] dbf = DistanceTransform.squaredDistances(mask, dims, spacing);
		float maxDbf = 0;
		for (int i = 0; i < dbf.length; i++) {
			dbf[i] = (float) Math.sqrt(Math.min(dbf[i], Float.MAX_VALUE));
			maxDbf = Math.max(maxDbf, dbf[i]);
		}
		GridDijkstra paths = new GridDijkstra(mask, dims, spacing);
		int root = farthest(paths.distances(first, null, null), mask);
		double[] daf = paths.distances(root, null, null);
		int[] parent = new int[mask.length];
		paths.distances(root, penalty(dbf, maxDbf, settings.penalty()), parent);
		return trace(id, mask, dims, spacing, origin, root, daf, parent, dbf, settings);
	}

	private static Skeleton trace(long id, boolean[] mask, int[] dims, double[] spacing, double[] origin, int root, double[] daf,
		int[] parent, float[] dbf, TeasarSettings settings)
	{
		boolean[] valid = mask.clone();
		int[] node = new int[mask.length];
		java.util.Arrays.fill(node, -1);
		List<Integer> voxels = new ArrayList<>();
		node[root] = 0;
		voxels.add(root);
		invalidate(root, dbf, dims, spacing, settings, valid);
		for (int target = farthest(daf, valid); target >= 0; target = farthest(daf, valid)) {
			List<Integer> path = new ArrayList<>();
			for (int v = target; v >= 0 && node[v] < 0; v = parent[v])
				path.add(v);
			valid[target] = false;
			for (int k = path.size() - 1; k >= 0; k--) {
				int v = path.get(k);
				node[v] = voxels.size();
				voxels.add(v);
				invalidate(v, dbf, dims, spacing, settings, valid);
			}
		}
		return build(id, voxels, node, parent, dims, spacing, origin, dbf);
	}

	private static Skeleton build(long id, List<Integer> voxels, int[] node, int[] parent, int[] dims, double[] spacing,
		double[] origin, float[] dbf)
	{
		int n = voxels.size();
		double[] xyz = new double[3 * n], radius = new double[n];
		int[] parentNode = new int[n];
		for (int k = 0; k < n; k++) {
			int v = voxels.get(k);
			int[] c = { v % dims[0], (v / dims[0]) % dims[1], v / (dims[0] * dims[1]) };
			for (int d = 0; d < 3; d++)
				xyz[3 * k + d] = origin[d] + c[d] * spacing[d];
			radius[k] = dbf[v];
			parentNode[k] = k == 0 ? -1 : node[parent[v]];
		}
		return new Skeleton(id, xyz, radius, parentNode);
	}

	/** Marks every voxel within {@code scale * dbf(v) + constant} nm of voxel {@code v} as invalid. */
	private static void invalidate(int v, float[] dbf, int[] dims, double[] spacing, TeasarSettings settings, boolean[] valid) {
		double r = settings.scale() * dbf[v] + settings.constant();
		int[] c = { v % dims[0], (v / dims[0]) % dims[1], v / (dims[0] * dims[1]) };
		int[] lo = new int[3], hi = new int[3];
		for (int d = 0; d < 3; d++) {
			int reach = (int) Math.floor(r / spacing[d]);
			lo[d] = Math.max(0, c[d] - reach);
			hi[d] = Math.min(dims[d] - 1, c[d] + reach);
		}
		for (int z = lo[2]; z <= hi[2]; z++)
			for (int y = lo[1]; y <= hi[1]; y++)
				for (int x = lo[0]; x <= hi[0]; x++) {
					double dx = (x - c[0]) * spacing[0], dy = (y - c[1]) * spacing[1], dz = (z - c[2]) * spacing[2];
					if (dx * dx + dy * dy + dz * dz <= r * r)
						valid[x + dims[0] * (y + dims[1] * z)] = false;
				}
	}

	private static float[] penalty(float[] dbf, float maxDbf, double weight) {
		float[] f = new float[dbf.length];
		for (int i = 0; i < f.length; i++)
			f[i] = (float) (1 + weight * Math.pow(1 - dbf[i] / maxDbf, 16));
		return f;
	}

	/** The voxel of {@code among} with the largest finite distance (first one on ties), or -1. */
	private static int farthest(double[] distance, boolean[] among) {
		int best = -1;
		for (int i = 0; i < distance.length; i++)
			if (among[i] && distance[i] < Double.POSITIVE_INFINITY && (best < 0 || distance[i] > distance[best]))
				best = i;
		return best;
	}

	private static int firstVoxel(boolean[] mask) {
		for (int i = 0; i < mask.length; i++)
			if (mask[i])
				return i;
		return -1;
	}
}
