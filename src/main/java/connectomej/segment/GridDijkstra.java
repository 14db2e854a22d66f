package connectomej.segment;

import java.util.Arrays;

/**
 * Shortest paths inside a mask on a flat x-fastest grid, 26-connected, with edge length the physical distance
 * between voxel centres times an optional factor of the voxel entered.
 */
final class GridDijkstra {

	private final boolean[] mask;
	private final int[] dims;
	private final int[] offsets = new int[26];
	private final double[] lengths = new double[26];
	private final int[][] steps = new int[26][];

	GridDijkstra(boolean[] mask, int[] dims, double[] spacing) {
		this.mask = mask;
		this.dims = dims;
		int k = 0;
		for (int dz = -1; dz <= 1; dz++)
			for (int dy = -1; dy <= 1; dy++)
				for (int dx = -1; dx <= 1; dx++) {
					if (dx == 0 && dy == 0 && dz == 0)
						continue;
					steps[k] = new int[] { dx, dy, dz };
					offsets[k] = dx + dims[0] * (dy + dims[1] * dz);
					lengths[k++] = Math.sqrt(sq(dx * spacing[0]) + sq(dy * spacing[1]) + sq(dz * spacing[2]));
				}
	}

	/**
	 * Distances from {@code source}; {@code parent} (may be null) receives each voxel's predecessor (-1 for the source
	 * and unreached voxels).
	 *
	 * @param factor per-voxel multiplier of the length of edges entering it, or null for 1
	 */
	double[] distances(int source, float[] factor, int[] parent) {
		double[] dist = new double[mask.length];
		Arrays.fill(dist, Double.POSITIVE_INFINITY);
		if (parent != null)
			Arrays.fill(parent, -1);
		dist[source] = 0;
		LongHeap heap = new LongHeap();
		heap.push(key(0, source));
		while (!heap.isEmpty()) {
			long k = heap.pop();
			int u = (int) k;
			if (Float.intBitsToFloat((int) (k >>> 32)) > (float) dist[u])
				continue;
			relax(u, dist, factor, parent, heap);
		}
		return dist;
	}

	private void relax(int u, double[] dist, float[] factor, int[] parent, LongHeap heap) {
		int x = u % dims[0], y = (u / dims[0]) % dims[1], z = u / (dims[0] * dims[1]);
		for (int k = 0; k < 26; k++) {
			int[] s = steps[k];
			int nx = x + s[0], ny = y + s[1], nz = z + s[2];
			if (nx < 0 || ny < 0 || nz < 0 || nx >= dims[0] || ny >= dims[1] || nz >= dims[2])
				continue;
			int v = u + offsets[k];
			if (!mask[v])
				continue;
			double d = dist[u] + lengths[k] * (factor == null ? 1 : factor[v]);
			if (d < dist[v]) {
				dist[v] = d;
				if (parent != null)
					parent[v] = u;
				heap.push(key(d, v));
			}
		}
	}

	private static long key(double d, int v) {
		return (long) Float.floatToIntBits((float) d) << 32 | v;
	}

	private static double sq(double v) {
		return v * v;
	}
}
