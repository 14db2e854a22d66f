package connectomej.segment;

/**
 * One pass over a flat supervoxel volume that fills a {@link RegionGraph}. Only voxels inside the owned box count:
 * their sizes, the faces to their +x, +y, +z neighbours (which may lie outside the box) and, for 0 voxels, the pairs
 * of regions among their face neighbours. Blocks whose owned boxes tile a volume thus count every sample once.
 */
final class RegionGraphBuilder {

	private final RegionGraph graph;
	private final long[] labels;
	private final float[] probability;
	private final int[] dims;
	private final int[] ownedMin, ownedMax;
	private final int[] region;
	private final Neighbours neighbours;
	private final int[] near = new int[6];
	private final int[] distinct = new int[6];

	/**
	 * @param ownedMin first owned voxel {x, y, z} in array coordinates
	 * @param ownedMax last owned voxel, inclusive
	 */
	RegionGraphBuilder(RegionGraph graph, long[] labels, float[] probability, int[] dims, int[] ownedMin, int[] ownedMax) {
		if (labels.length != probability.length)
			throw new IllegalArgumentException("supervoxels and probability must have the same size");
		this.graph = graph;
		this.labels = labels;
		this.probability = probability;
		this.dims = dims;
		this.ownedMin = ownedMin;
		this.ownedMax = ownedMax;
		region = new int[labels.length];
		neighbours = new Neighbours(dims, false);
	}

	void run() {
		for (int i = 0; i < labels.length; i++)
			region[i] = labels[i] == 0 ? -1 : graph.regionIndex(labels[i]);
		int w = dims[0], plane = dims[0] * dims[1];
		for (int z = ownedMin[2]; z <= ownedMax[2]; z++)
			for (int y = ownedMin[1]; y <= ownedMax[1]; y++)
				for (int x = ownedMin[0], i = x + w * y + plane * z; x <= ownedMax[0]; x++, i++) {
					if (region[i] < 0) {
						boundaryVoxel(i);
						continue;
					}
					graph.addVoxel(region[i]);
					if (x < w - 1)
						face(i, i + 1);
					if (y < dims[1] - 1)
						face(i, i + w);
					if (z < dims[2] - 1)
						face(i, i + plane);
				}
	}

	private void face(int i, int j) {
		int a = region[i], b = region[j];
		if (b >= 0 && a != b)
			graph.sample(a, b, (probability[i] + probability[j]) * 0.5f);
	}

	private void boundaryVoxel(int i) {
		int n = neighbours.of(i, near), k = 0;
		for (int m = 0; m < n; m++) {
			int r = region[near[m]];
			if (r >= 0 && !contains(distinct, k, r))
				distinct[k++] = r;
		}
		for (int a = 0; a < k; a++)
			for (int b = a + 1; b < k; b++)
				graph.sample(distinct[a], distinct[b], probability[i]);
	}

	private static boolean contains(int[] values, int n, int v) {
		for (int m = 0; m < n; m++)
			if (values[m] == v)
				return true;
		return false;
	}
}
