package connectomej.metrics;

import java.util.List;

/**
 * Object-level detection counts and the precision, recall and F1 derived from them.
 * <p>
 * {@code precision = matchedPredictions / predictions}, {@code recall = foundTruths / truths}, {@code F1 = 2 P R / (P
 * + R)}. A ratio with a zero denominator is 0 (no predictions: precision 0; no truths: recall 0), and F1 is 0 when P
 * + R = 0. For one-to-one matchings {@code matchedPredictions == foundTruths}.
 *
 * @param truths number of true objects
 * @param foundTruths true objects counted as found
 * @param predictions number of predicted objects
 * @param matchedPredictions predictions counted as true positives
 */
public record DetectionScores(long truths, long foundTruths, long predictions, long matchedPredictions) {

	/** Matched predictions over predictions, 0 if there are none. */
	public double precision() {
		return predictions == 0 ? 0 : (double) matchedPredictions / predictions;
	}

	/** Found truths over truths, 0 if there are none. */
	public double recall() {
		return truths == 0 ? 0 : (double) foundTruths / truths;
	}

	/** Harmonic mean of precision and recall, 0 if both are 0. */
	public double f1() {
		double p = precision(), r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/** This record as a JSON object, counts and ratios. */
	public String toJson() {
		return new JsonObject().put("truths", truths).put("found_truths", foundTruths).put("predictions", predictions)
				.put("matched_predictions", matchedPredictions).put("precision", precision()).put("recall", recall())
				.put("f1", f1()).toString();
	}

	/** Rows for a text table, names prefixed with {@code prefix}. */
	public List<TableRow> toTableRows(String prefix) {
		return List.of(new TableRow(prefix + " precision", precision(), ""), new TableRow(prefix + " recall", recall(), ""),
				new TableRow(prefix + " F1", f1(), ""));
	}
}
