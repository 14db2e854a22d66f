package connectomej.proofread;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import connectomej.merge.GalaRealErrors;
import connectomej.merge.LabelGrid;

/**
 * The candidate-queue figure of issue 10 (run by hand, not a test):
 * <pre>
 * java -cp target/classes:target/test-classes:target/lib/* connectomej.proofread.GalaCandidateQueue RAW SEG GT K \
 *     MERGE_CANDIDATES.csv [UNCERTAINTY.csv]
 * </pre>
 * Opens proofreading sessions (empty journals in temporary folders) over the segmentation with (a) the MergeNet table
 * and the uncertainty table, (b) the MergeNet table only, (c) no table: the queue by object size, largest first; and
 * prints, for the first K candidates of each queue, how many are true merge errors against the ground truth, by two
 * rules: issue 7's ({@link GalaRealErrors#isMerge}: second-largest ground-truth overlap >= max(1000 voxels, 10% of
 * the segment)) and a looser one (at least two ground-truth neurons each covering >= 5% of the segment and >= 500
 * voxels). Ground-truth label 0 is not a neuron.
 */
public final class GalaCandidateQueue {

	private GalaCandidateQueue() {}

	public static void main(String[] args) throws Exception {
		int k = Integer.parseInt(args[3]);
		Map<Long, Map<Long, Long>> overlaps = overlaps(GalaRealErrors.labels(args[1]), GalaRealErrors.labels(args[2]));
		Map<Long, Long> sizes = sizes(GalaRealErrors.labels(args[1]));
		report("truth", overlaps, sizes, null, 0);
		if (args.length > 5)
			queue("MergeNet + uncertainty (rank average)", new SessionInputs(args[0], args[1], null, null, Path.of(args[4]),
					Path.of(args[5])), overlaps, sizes, k);
		queue("MergeNet only", new SessionInputs(args[0], args[1], null, null, Path.of(args[4]), null), overlaps, sizes, k);
		if (args.length > 5)
			queue("uncertainty only", new SessionInputs(args[0], args[1], null, null, null, Path.of(args[5])), overlaps, sizes, k);
		queue("object size, largest first", SessionInputs.of(args[0], args[1]), overlaps, sizes, k);
	}

	private static void queue(String name, SessionInputs inputs, Map<Long, Map<Long, Long>> overlaps, Map<Long, Long> sizes, int k)
			throws Exception {
		Path folder = Files.createTempDirectory("queue");
		try (ProofreadSession session = JournaledSession.open(inputs, folder)) {
			List<ReviewCandidate> queue = session.candidates();
			report(name, overlaps, sizes, queue.subList(0, Math.min(k, queue.size())), k);
		}
	}

	private static void report(String name, Map<Long, Map<Long, Long>> overlaps, Map<Long, Long> sizes, List<ReviewCandidate> top, int k) {
		if (top == null) {
			long strict = sizes.keySet().stream().filter(id -> strict(overlaps, sizes, id)).count();
			long loose = sizes.keySet().stream().filter(id -> loose(overlaps, sizes, id)).count();
			System.out.printf("segments %d; true merges: %d (issue 7 rule), %d (5%%/500 rule)%n", sizes.size(), strict, loose);
			return;
		}
		int strict = 0, loose = 0;
		StringBuilder ids = new StringBuilder();
		for (ReviewCandidate c : top) {
			boolean s = strict(overlaps, sizes, c.id()), l = loose(overlaps, sizes, c.id());
			strict += s ? 1 : 0;
			loose += l ? 1 : 0;
			ids.append(' ').append(c.id()).append(s ? "*" : l ? "+" : "");
		}
		System.out.printf("%s: first %d: %d true merges (issue 7 rule), %d (5%%/500 rule); ids%s%n", name, k, strict, loose, ids);
	}

	private static boolean strict(Map<Long, Map<Long, Long>> overlaps, Map<Long, Long> sizes, long id) {
		return GalaRealErrors.isMerge(overlaps.getOrDefault(id, Map.of()), sizes.getOrDefault(id, 0L));
	}

	private static boolean loose(Map<Long, Map<Long, Long>> overlaps, Map<Long, Long> sizes, long id) {
		long size = sizes.getOrDefault(id, 0L);
		return overlaps.getOrDefault(id, Map.of()).values().stream().filter(c -> c >= 500 && c >= 0.05 * size).count() >= 2;
	}

	private static Map<Long, Map<Long, Long>> overlaps(LabelGrid seg, LabelGrid gt) {
		Map<Long, Map<Long, Long>> out = new HashMap<>();
		for (int v = 0; v < seg.labels().length; v++)
			if (seg.labels()[v] != 0 && gt.labels()[v] != 0)
				out.computeIfAbsent(seg.labels()[v], x -> new HashMap<>()).merge(gt.labels()[v], 1L, Long::sum);
		return out;
	}

	private static Map<Long, Long> sizes(LabelGrid seg) {
		Map<Long, Long> out = new HashMap<>();
		for (long id : seg.labels())
			if (id != 0)
				out.merge(id, 1L, Long::sum);
		return out;
	}
}
