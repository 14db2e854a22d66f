package connectomej.metrics;

import java.util.List;

/**
 * The CREMI challenge's neuron segmentation score (cremi.org, "Metrics"): the geometric mean of the variation of
 * information and the adapted Rand error, {@code score = sqrt((voiSplit + voiMerge) * adaptedRandError)}, lower is
 * better. Both parts ignore ground-truth label 0, as CREMI does; VOI is in bits ({@link VariationOfInformation}),
 * the adapted Rand error is scikit-image's ({@link AdaptedRandError}). CREMI's own script treats segment label 0
 * specially in its Rand error; here segment 0 is an ordinary segment.
 *
 * @param voiSplit H(seg | gt) in bits over ground-truth foreground
 * @param voiMerge H(gt | seg) in bits over ground-truth foreground
 * @param adaptedRandError adapted Rand error over ground-truth foreground
 * @param score sqrt((voiSplit + voiMerge) * adaptedRandError)
 */
public record CremiScore(double voiSplit, double voiMerge, double adaptedRandError, double score) {

	/** The CREMI score of one table. */
	public static CremiScore of(ContingencyTable table) {
		ContingencyTable foreground = table.withoutGroundTruth(0);
		return of(VariationOfInformation.of(foreground), AdaptedRandError.of(foreground, new long[0]));
	}

	/** The CREMI score from its parts (both computed over ground-truth foreground). */
	public static CremiScore of(VariationOfInformation voi, AdaptedRandError arand) {
		return new CremiScore(voi.split(), voi.merge(), arand.error(), Math.sqrt(voi.sum() * arand.error()));
	}

	/** This record as a JSON object. */
	public String toJson() {
		return new JsonObject().put("voi_split", voiSplit).put("voi_merge", voiMerge)
				.put("adapted_rand_error", adaptedRandError).put("score", score).toString();
	}

	/** Rows for a text table. */
	public List<TableRow> toTableRows() {
		return List.of(new TableRow("CREMI VOI split", voiSplit, "bits"), new TableRow("CREMI VOI merge", voiMerge, "bits"),
				new TableRow("CREMI adapted Rand error", adaptedRandError, ""), new TableRow("CREMI score", score, ""));
	}
}
