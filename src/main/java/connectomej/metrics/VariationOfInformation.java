package connectomej.metrics;

import java.util.List;

/**
 * Variation of information (Meila 2007, J. Multivariate Anal. 98:873) split into its two conditional entropies, in
 * bits (log base 2), exactly as {@code skimage.metrics.variation_of_information(image0=gt, image1=seg,
 * ignore_labels=...)} (scikit-image 0.19) computes them: that function returns {@code [H(seg|gt), H(gt|seg)]} and
 * its {@code _xlogx} uses {@code log2}, whatever its docstring suggests.
 * <p>
 * With p_ij = n_ij / N over the voxels kept: {@code split = H(seg|gt) = -sum_ij p_ij log2(p_ij / p_i)} (false
 * splits: one ground-truth object cut into several segments) and {@code merge = H(gt|seg) = -sum_ij p_ij log2(p_ij
 * / p_j)} (false merges). Ignoring ground-truth labels removes their voxels before normalising, as skimage's
 * {@code ignore_labels} does. scikit-image ignores nothing by default; CREMI ({@code cremi_python}, and Funke et al.)
 * ignores ground-truth label 0 (background / boundary), see {@link #ignoringBackground}. An empty table gives 0, 0.
 *
 * @param split H(seg | gt) in bits, >= 0
 * @param merge H(gt | seg) in bits, >= 0
 */
public record VariationOfInformation(double split, double merge) {

	/** VOI over all voxels (scikit-image's default: no label ignored). */
	public static VariationOfInformation of(ContingencyTable table) {
		return of(table, new long[0]);
	}

	/** VOI over the voxels whose ground-truth label is not 0 (the CREMI convention). */
	public static VariationOfInformation ignoringBackground(ContingencyTable table) {
		return of(table, 0);
	}

	/** VOI over the voxels whose ground-truth label is not one of {@code ignoredGroundTruth}. */
	public static VariationOfInformation of(ContingencyTable table, long... ignoredGroundTruth) {
		ContingencyTable kept = ignoredGroundTruth.length == 0 ? table : table.withoutGroundTruth(ignoredGroundTruth);
		if (kept.total() == 0)
			return new VariationOfInformation(0, 0);
		double[] sums = new double[2];
		kept.forEachPair((gt, seg, n) -> {
			sums[0] += n * log2((double) n / kept.groundTruthSize(gt));
			sums[1] += n * log2((double) n / kept.segmentSize(seg));
		});
		return new VariationOfInformation(-sums[0] / kept.total() + 0.0, -sums[1] / kept.total() + 0.0);
	}

	/** The variation of information, split + merge, in bits. */
	public double sum() {
		return split + merge;
	}

	/** This record as a JSON object {@code {"split": .., "merge": .., "sum": ..}} (bits). */
	public String toJson() {
		return new JsonObject().put("split", split).put("merge", merge).put("sum", sum()).toString();
	}

	/** Rows for a text table, names prefixed with {@code prefix}. */
	public List<TableRow> toTableRows(String prefix) {
		return List.of(new TableRow(prefix + " split", split, "bits"), new TableRow(prefix + " merge", merge, "bits"),
				new TableRow(prefix + " sum", sum(), "bits"));
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
