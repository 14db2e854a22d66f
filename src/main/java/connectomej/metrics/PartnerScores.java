package connectomej.metrics;

/**
 * Synaptic-partner scores at one distance threshold.
 *
 * @param thresholdNm largest matching distance in nm
 * @param scores counts, precision, recall and F1 at that threshold
 */
public record PartnerScores(double thresholdNm, DetectionScores scores) {

	/** This record as a JSON object: the threshold and the fields of {@link DetectionScores#toJson()}. */
	public String toJson() {
		return new JsonObject().put("threshold_nm", thresholdNm).raw("scores", scores.toJson()).toString();
	}
}
