package connectomej.segment;

/** One pass over a flat supervoxel volume that fills a {@link RegionGraph}. */
final class RegionGraphBuilder {

	private final RegionGraph graph;
	private final long[] labels;
	private final float[] probability;
	private final int[] dims;
	private final int[] region;
	private final Neighbours neighbours;

	RegionGraphBuilder(RegionGraph graph, long[] labels, float[] probability, int[] dims) {
		if (labels.length != probability.length)
			throw new IllegalArgumentException("supervoxels and probability must have the same size");
		this.graph = graph;
		this.labels = labels;
		this.probability = probability;
		this.dims = dims;
		region = new int[labels.length];
		neighbours = new Neighbours(dims, false);
	}

	void run() {
		for (int i = 0; i < labels.length; i++)
			region[i] = labels[i] == 0 ? -1 : graph.countVoxel(labels[i]);
		int w = dims[0], plane = dims[0] * dims[1];
		int[] strides = { 1, w, plane };
		for (int i = 0; i < labels.length; i++) {
			if (region[i] < 0) {
				boundaryVoxel(i);
				continue;
			}
			int x = i % w, y = (i / w) % dims[1], z = i / plane;
			if (x < w - 1)
				face(i, i + strides[0]);
			if (y < dims[1] - 1)
				face(i, i + strides[1]);
			if (z < dims[2] - 1)
				face(i, i + strides[2]);
		}
	}

	private void face(int i, int j) {
		int a = region[i], b = region[j];
		if (b >= 0 && a != b)
			graph.sample(a, b, (probability[i] + probability[j]) * 0.5f);
	}

	private final int[] near = new int[6];
	private final int[] distinct = new int[6];

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
