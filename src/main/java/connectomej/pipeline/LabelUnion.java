package connectomej.pipeline;

import java.util.Arrays;

/**
 * Union-find over a fixed, sorted set of label ids (path halving, union by index), and the compact mapping of its
 * sets to new ids 1..n.
 */
public final class LabelUnion {

	private final long[] ids;
	private final int[] parent;

	/** @param sortedIds distinct ids > 0, increasing */
	public LabelUnion(long[] sortedIds) {
		this.ids = sortedIds;
		this.parent = new int[sortedIds.length];
		for (int i = 0; i < parent.length; i++)
			parent[i] = i;
	}

	/** Puts two ids in one set; ids not in the set are ignored. */
	public void union(long a, long b) {
		int i = Arrays.binarySearch(ids, a), j = Arrays.binarySearch(ids, b);
		if (i < 0 || j < 0)
			return;
		int ri = find(i), rj = find(j);
		if (ri != rj)
			parent[Math.max(ri, rj)] = Math.min(ri, rj);
	}

	private int find(int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** Every id to the number of its set: 1..n, numbered in order of each set's smallest id. */
	public LabelMapping toMapping() {
		long[] to = new long[ids.length];
		long next = 0;
		for (int i = 0; i < ids.length; i++) {
			int root = find(i);
			to[i] = root == i ? ++next : to[root];
		}
		return new LabelMapping(ids, to);
	}
}
