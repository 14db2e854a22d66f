package connectomej.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Synaptic-partner F1 in the manner of the CREMI challenge (cremi.org, "synaptic partner identification"): predicted
 * (pre, post, location) triples are matched one-to-one to true ones.
 * <p>
 * A prediction may match a true pair only if its pre and post ids equal the true pair's ids and its location lies
 * within {@code thresholdNm} (Euclidean, nm, inclusive). Predictions must therefore already use ground-truth neuron
 * ids: map predicted segment ids with {@link OverlapMapping} first. Among the allowed matches, the one-to-one
 * matching with the most pairs and, among those, the least total distance is found with the Hungarian algorithm,
 * separately for each (pre, post) id pair (only equal ids can match). Precision = matched / predictions, recall =
 * matched / truths (see {@link DetectionScores}).
 */
public final class PartnerMatching {

	private PartnerMatching() {}

	/**
	 * Scores at one distance threshold.
	 *
	 * @param thresholdNm largest distance in nm at which a prediction may match a true pair, >= 0
	 */
	public static DetectionScores score(List<SynapticPartner> truth, List<SynapticPartner> predicted, double thresholdNm) {
		if (!(thresholdNm >= 0))
			throw new IllegalArgumentException("distance threshold must be >= 0 nm, got " + thresholdNm);
		Map<Ids, List<SynapticPartner>> predictedByIds = byIds(predicted);
		long matched = 0;
		for (Map.Entry<Ids, List<SynapticPartner>> group : byIds(truth).entrySet())
			matched += matchedCount(group.getValue(), predictedByIds.getOrDefault(group.getKey(), List.of()), thresholdNm);
		return new DetectionScores(truth.size(), matched, predicted.size(), matched);
	}

	/** Scores at each of {@code thresholdsNm}, in the same order. */
	public static List<PartnerScores> score(List<SynapticPartner> truth, List<SynapticPartner> predicted, double... thresholdsNm) {
		List<PartnerScores> scores = new ArrayList<>();
		for (double t : thresholdsNm)
			scores.add(new PartnerScores(t, score(truth, predicted, t)));
		return scores;
	}

	/** Size of the best one-to-one matching between true and predicted pairs that share their ids. */
	static int matchedCount(List<SynapticPartner> truth, List<SynapticPartner> predicted, double thresholdNm) {
		if (truth.isEmpty() || predicted.isEmpty())
			return 0;
		double[][] distance = new double[truth.size()][predicted.size()];
		double allowedSum = 0;
		for (int t = 0; t < truth.size(); t++)
			for (int p = 0; p < predicted.size(); p++) {
				distance[t][p] = truth.get(t).distanceTo(predicted.get(p));
				allowedSum += distance[t][p] <= thresholdNm ? distance[t][p] : 0;
			}
		// a forbidden pair costs more than all allowed pairs together: the most matches first, then the least distance
		double forbidden = 2 * allowedSum + 1;
		double[][] cost = new double[truth.size()][predicted.size()];
		for (int t = 0; t < truth.size(); t++)
			for (int p = 0; p < predicted.size(); p++)
				cost[t][p] = distance[t][p] <= thresholdNm ? distance[t][p] : forbidden;
		int[] assigned = HungarianAssignment.minimumCost(cost);
		int matched = 0;
		for (int t = 0; t < assigned.length; t++)
			matched += assigned[t] >= 0 && distance[t][assigned[t]] <= thresholdNm ? 1 : 0;
		return matched;
	}

	private static Map<Ids, List<SynapticPartner>> byIds(List<SynapticPartner> partners) {
		Map<Ids, List<SynapticPartner>> groups = new HashMap<>();
		for (SynapticPartner s : partners)
			groups.computeIfAbsent(new Ids(s.pre(), s.post()), k -> new ArrayList<>()).add(s);
		return groups;
	}

	private record Ids(long pre, long post) {}
}
