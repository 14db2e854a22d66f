package connectomej.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Skeleton-like centre points from a distance transform: the ridge voxels (local maxima of the distance to the
 * object's outside in their 3x3x3 neighbourhood), taken most central first and kept when no kept point is closer
 * than the spacing. Medial-axis sampling in the spirit of Blum's medial axis; cheap and deterministic.
 */
public final class MedialSamples implements CentrePoints {

	@Override
	public List<int[]> of(ObjectMask mask, double[] voxelSize, double spacing) {
		double[] distance = DistanceTransform.squared(mask, voxelSize);
		List<Integer> ridge = ridge(mask, distance);
		ridge.sort(Comparator.comparingDouble((Integer i) -> -distance[i]).thenComparingInt(i -> i));
		List<int[]> kept = new ArrayList<>();
		double spacing2 = spacing * spacing;
		for (int i : ridge) {
			int[] p = position(mask, i);
			if (kept.stream().noneMatch(q -> squaredDistance(p, q, voxelSize) < spacing2))
				kept.add(p);
		}
		return kept;
	}

	private static List<Integer> ridge(ObjectMask mask, double[] distance) {
		int[] s = mask.size();
		List<Integer> ridge = new ArrayList<>();
		for (int z = 0, i = 0; z < s[2]; z++)
			for (int y = 0; y < s[1]; y++)
				for (int x = 0; x < s[0]; x++, i++)
					if (distance[i] > 0 && isLocalMaximum(distance, s, x, y, z))
						ridge.add(i);
		return ridge;
	}

	private static boolean isLocalMaximum(double[] distance, int[] s, int x, int y, int z) {
		double here = distance[x + s[0] * (y + s[1] * z)];
		for (int dz = -1; dz <= 1; dz++)
			for (int dy = -1; dy <= 1; dy++)
				for (int dx = -1; dx <= 1; dx++) {
					int nx = x + dx, ny = y + dy, nz = z + dz;
					if (nx >= 0 && ny >= 0 && nz >= 0 && nx < s[0] && ny < s[1] && nz < s[2]
							&& distance[nx + s[0] * (ny + s[1] * nz)] > here)
						return false;
				}
		return true;
	}

	private static int[] position(ObjectMask mask, int i) {
		int[] s = mask.size(), o = mask.origin();
		return new int[] { o[0] + i % s[0], o[1] + (i / s[0]) % s[1], o[2] + i / (s[0] * s[1]) };
	}

	static double squaredDistance(int[] p, int[] q, double[] voxelSize) {
		double sum = 0;
		for (int d = 0; d < 3; d++)
			sum += Math.pow((p[d] - q[d]) * voxelSize[d], 2);
		return sum;
	}

	@Override
	public String toString() {
		return "medial samples of the distance transform";
	}
}
