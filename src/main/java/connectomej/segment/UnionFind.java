package connectomej.segment;

/** Disjoint sets over 0..n-1 with path halving and union by size. */
final class UnionFind {

	private final int[] parent;
	private final int[] size;

	UnionFind(int n) {
		parent = new int[n];
		size = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
			size[i] = 1;
		}
	}

	int find(int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	void union(int a, int b) {
		int ra = find(a), rb = find(b);
		if (ra == rb)
			return;
		if (size[ra] < size[rb]) {
			int t = ra;
			ra = rb;
			rb = t;
		}
		parent[rb] = ra;
		size[ra] += size[rb];
	}
}
