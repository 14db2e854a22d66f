package connectomej.metrics;

import java.util.List;
import java.util.function.Consumer;

/**
 * Adapted Rand error of the SNEMI3D challenge (Arganda-Carreras et al. 2015, Front. Neuroanat. 9:142), computed
 * exactly as {@code skimage.metrics.adapted_rand_error(image_true=gt, image_test=seg)} (scikit-image 0.19, default
 * {@code ignore_labels=(0,)}: voxels with ground-truth label 0 are left out).
 * <p>
 * With counts over the kept voxels, N voxels, n_ij the pair counts, n_i ground-truth and n_j segment sizes:
 * {@code P = sum n_ij^2 - N}, {@code T = sum n_i^2 - N}, {@code S = sum n_j^2 - N} (twice the numbers of voxel
 * pairs together in both, in the ground truth, in the segmentation); {@code precision = P / T}, {@code recall = P /
 * S}, {@code error = 1 - 2 precision recall / (precision + recall)}.
 * <p>
 * The names follow scikit-image's return order, whose docstring describes them the other way round (scikit-image
 * issue #6485): skimage's "precision" divides by the ground-truth pairs, so it is 1 for a pure under-segmentation
 * and equals the SNEMI3D split score; "recall" equals the merge score. A ratio 0 / 0 (no pairs at all) is taken as 1
 * where skimage would give NaN. Unlike the original SNEMI3D / CREMI script, segment label 0 gets no special treatment.
 *
 * @param error adapted Rand error in [0, 1], 0 is perfect
 * @param precision skimage's precision, P / T
 * @param recall skimage's recall, P / S
 */
public record AdaptedRandError(double error, double precision, double recall) {

	/** Adapted Rand error ignoring ground-truth label 0 (the SNEMI3D / CREMI / scikit-image default). */
	public static AdaptedRandError of(ContingencyTable table) {
		return of(table, 0);
	}

	/** Adapted Rand error over the voxels whose ground-truth label is not one of {@code ignoredGroundTruth}. */
	public static AdaptedRandError of(ContingencyTable table, long... ignoredGroundTruth) {
		ContingencyTable kept = ignoredGroundTruth.length == 0 ? table : table.withoutGroundTruth(ignoredGroundTruth);
		double n = kept.total();
		double both = sumOfPairSquares(kept) - n;
		double inGt = sumOfSizeSquares(kept::forEachGroundTruthLabel) - n;
		double inSeg = sumOfSizeSquares(kept::forEachSegmentLabel) - n;
		double precision = ratio(both, inGt), recall = ratio(both, inSeg);
		double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		return new AdaptedRandError(1 - f, precision, recall);
	}

	/** This record as a JSON object. */
	public String toJson() {
		return new JsonObject().put("error", error).put("precision", precision).put("recall", recall).toString();
	}

	/** Rows for a text table. */
	public List<TableRow> toTableRows() {
		return List.of(new TableRow("adapted Rand error", error, ""), new TableRow("adapted Rand precision", precision, ""),
				new TableRow("adapted Rand recall", recall, ""));
	}

	static double ratio(double numerator, double denominator) {
		return denominator == 0 ? 1 : numerator / denominator;
	}

	private static double sumOfSizeSquares(Consumer<LongLongMap.Entries> sizes) {
		double[] sum = new double[1];
		sizes.accept((label, n) -> sum[0] += (double) n * n);
		return sum[0];
	}

	private static double sumOfPairSquares(ContingencyTable table) {
		double[] sum = new double[1];
		table.forEachPair((gt, seg, n) -> sum[0] += (double) n * n);
		return sum[0];
	}
}
