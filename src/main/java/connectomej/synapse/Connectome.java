package connectomej.synapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The directed, weighted connectome of a set of synapses: one edge per (pre, post) pair of segments, weighted by the
 * number of synapses and carrying their total cleft size.
 */
public final class Connectome {

	/**
	 * One directed edge.
	 *
	 * @param pre presynaptic segment id
	 * @param post postsynaptic segment id
	 * @param synapses number of synapses from {@code pre} onto {@code post} (the weight)
	 * @param cleftVoxels summed cleft size of those synapses, voxels
	 */
	public record Edge(long pre, long post, int synapses, long cleftVoxels) {}

	private final List<Edge> edges;

	private Connectome(List<Edge> edges) {
		this.edges = List.copyOf(edges);
	}

	/** Groups synapses by (pre, post); synapses without partners (pre or post 0) are left out. */
	public static Connectome of(List<DetectedSynapse> synapses) {
		Map<List<Long>, long[]> byPair = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0)) ? Long.compare(a.get(1), b.get(1))
				: Long.compare(a.get(0), b.get(0)));
		for (DetectedSynapse s : synapses)
			if (s.pre() != 0 && s.post() != 0) {
				long[] sums = byPair.computeIfAbsent(List.of(s.pre(), s.post()), k -> new long[2]);
				sums[0]++;
				sums[1] += s.cleftVoxels();
			}
		List<Edge> edges = new ArrayList<>();
		byPair.forEach((pair, sums) -> edges.add(new Edge(pair.get(0), pair.get(1), (int) sums[0], sums[1])));
		return new Connectome(edges);
	}

	/** The edges sorted by pre, then post. */
	public List<Edge> edges() {
		return edges;
	}

	/** The segment ids that appear in an edge, ascending. */
	public List<Long> nodes() {
		return edges.stream().flatMap(e -> java.util.stream.Stream.of(e.pre(), e.post())).distinct().sorted().toList();
	}
}
