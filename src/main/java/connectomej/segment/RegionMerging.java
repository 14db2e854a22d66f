package connectomej.segment;

import java.util.Arrays;

/** The state of one agglomeration run: roots, adjacency lists, edge scores and the priority queue. */
final class RegionMerging {

	private final RegionGraph graph;
	private final EdgeStatistics edges;
	private final EdgeScore score;
	private final double neckWeight;
	private final int[] parent;
	private final long[] size;
	private final int[][] adjacency;
	private final int[] degree;
	private final float[] current;
	private final boolean[] dead;
	private final boolean[] dropped;
	private final int[] slot;
	private final LongHeap queue = new LongHeap();
	private final MergeHistory history = new MergeHistory();

	RegionMerging(RegionGraph graph, EdgeScore score, double neckWeight) {
		this.graph = graph;
		this.edges = graph.edges();
		this.score = score;
		this.neckWeight = neckWeight;
		int n = graph.regionCount();
		parent = new int[n];
		size = new long[n];
		degree = new int[n];
		dropped = new boolean[n];
		slot = new int[n];
		Arrays.fill(slot, -1);
		for (int r = 0; r < n; r++) {
			parent[r] = r;
			size[r] = graph.size(r);
		}
		current = new float[edges.count()];
		dead = new boolean[edges.count()];
		adjacency = new int[n][];
		for (int e = 0; e < edges.count(); e++) {
			degree[edges.regionA(e)]++;
			degree[edges.regionB(e)]++;
		}
		for (int r = 0; r < n; r++)
			adjacency[r] = new int[degree[r]];
		Arrays.fill(degree, 0);
		for (int e = 0; e < edges.count(); e++) {
			append(edges.regionA(e), e);
			append(edges.regionB(e), e);
			rescore(e);
		}
	}

	void mergeUpTo(double threshold) {
		while (!queue.isEmpty()) {
			long key = queue.pop();
			int e = (int) key;
			float s = Float.intBitsToFloat((int) (key >>> 32));
			if (dead[e] || s != current[e])
				continue;
			if (s > threshold)
				break;
			int a = find(edges.regionA(e)), b = find(edges.regionB(e));
			int kept = degree[a] >= degree[b] ? a : b, absorbed = kept == a ? b : a;
			history.add(kept, absorbed, s);
			join(kept, absorbed);
		}
	}

	void absorbSmall(long minSize) {
		Integer[] small = java.util.stream.IntStream.range(0, parent.length).filter(r -> parent[r] == r && size[r] < minSize)
			.boxed().sorted((p, q) -> size[p] != size[q] ? Long.compare(size[p], size[q]) : Integer.compare(p, q))
			.toArray(Integer[]::new);
		for (int r : small) {
			if (parent[r] != r || size[r] >= minSize)
				continue;
			int best = bestEdge(r);
			if (best < 0)
				dropped[r] = true;
			else
				join(other(best, r), r);
		}
	}

	Agglomeration.Result result() {
		int[] segmentOfRoot = new int[parent.length];
		int[] segmentOfRegion = new int[parent.length];
		int next = 0;
		for (int r = 0; r < parent.length; r++) {
			int root = find(r);
			if (dropped[root])
				continue;
			if (segmentOfRoot[root] == 0)
				segmentOfRoot[root] = ++next;
			segmentOfRegion[r] = segmentOfRoot[root];
		}
		return new Agglomeration.Result(segmentOfRegion, next, history);
	}

	/** Joins region {@code absorbed} into {@code kept} (both roots): parallel edges are combined and rescored. */
	private void join(int kept, int absorbed) {
		parent[absorbed] = kept;
		size[kept] += size[absorbed];
		int[] keptEdges = liveEdges(kept);
		for (int e : keptEdges)
			slot[other(e, kept)] = e;
		int n = keptEdges.length;
		int[] merged = Arrays.copyOf(keptEdges, keptEdges.length + degree[absorbed]);
		for (int k = 0; k < degree[absorbed]; k++) {
			int e = adjacency[absorbed][k];
			if (dead[e])
				continue;
			int o = other(e, kept);
			if (o == kept) {
				dead[e] = true;
			} else if (slot[o] >= 0) {
				edges.combine(e, slot[o]);
				dead[e] = true;
				rescore(slot[o]);
			} else {
				slot[o] = e;
				merged[n++] = e;
			}
		}
		for (int k = 0; k < n; k++) {
			slot[other(merged[k], kept)] = -1;
			if (neckWeight > 0)
				rescore(merged[k]);
		}
		adjacency[kept] = merged;
		degree[kept] = n;
		adjacency[absorbed] = null;
		degree[absorbed] = 0;
	}

	/** The live edges of root {@code r} (never two to the same root: parallel edges are combined when they appear). */
	private int[] liveEdges(int r) {
		int[] out = new int[degree[r]];
		int n = 0;
		for (int k = 0; k < degree[r]; k++) {
			int e = adjacency[r][k];
			if (!dead[e] && other(e, r) != r)
				out[n++] = e;
		}
		return Arrays.copyOf(out, n);
	}

	private int bestEdge(int r) {
		int best = -1;
		for (int k = 0; k < degree[r]; k++) {
			int e = adjacency[r][k];
			if (!dead[e] && other(e, r) != r && (best < 0 || current[e] < current[best]))
				best = e;
		}
		return best;
	}

	/** The root at the other end of edge {@code e} from root {@code r} ({@code r} itself for an inner edge). */
	private int other(int e, int r) {
		int a = find(edges.regionA(e)), b = find(edges.regionB(e));
		return a == r ? b : a;
	}

	/** Scores edge {@code e} anew (with the neck penalty, all edges of a grown region: their smaller side may have changed). */
	private void rescore(int e) {
		double s = score.of(edges, e);
		if (neckWeight > 0)
			s = NeckPenalty.blend(s, neckWeight, edges.area(e), size[find(edges.regionA(e))], size[find(edges.regionB(e))]);
		current[e] = Math.max(0f, (float) s);
		queue.push((long) Float.floatToIntBits(current[e]) << 32 | e);
	}

	private void append(int r, int e) {
		adjacency[r][degree[r]++] = e;
	}

	int find(int r) {
		while (parent[r] != r) {
			parent[r] = parent[parent[r]];
			r = parent[r];
		}
		return r;
	}
}
