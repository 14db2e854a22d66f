package connectomej.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * All segmentation metrics of one segmentation against one ground truth, from a single contingency table: what the
 * command line's {@code evaluate} prints and writes as JSON.
 *
 * @param voxels voxels compared
 * @param groundTruthLabels distinct ground-truth labels, 0 included if present
 * @param segmentLabels distinct segment labels, 0 included if present
 * @param voi variation of information over all voxels (scikit-image's default), bits
 * @param voiForeground variation of information with ground-truth label 0 ignored (CREMI convention), bits
 * @param adaptedRand adapted Rand error with ground-truth label 0 ignored (SNEMI3D / scikit-image)
 * @param isbi foreground-restricted V_rand and V_info (ISBI 2012)
 * @param cremi CREMI score
 */
public record SegmentationScores(long voxels, int groundTruthLabels, int segmentLabels, VariationOfInformation voi,
		VariationOfInformation voiForeground, AdaptedRandError adaptedRand, ForegroundRestrictedScores isbi, CremiScore cremi) {

	/**
	 * Scores {@code seg} against {@code gt} (same dimensions, any mins; x, y, z with x fastest). Ground-truth label 0
	 * is background where a metric's convention says so (see each record).
	 *
	 * @throws IllegalArgumentException if the dimensions differ
	 */
	public static SegmentationScores evaluate(RandomAccessibleInterval<? extends IntegerType<?>> seg,
			RandomAccessibleInterval<? extends IntegerType<?>> gt) {
		return evaluate(ContingencyTables.of(seg, gt));
	}

	/** As {@link #evaluate(RandomAccessibleInterval, RandomAccessibleInterval)}, counting block-wise on {@code executor}. */
	public static SegmentationScores evaluate(RandomAccessibleInterval<? extends IntegerType<?>> seg,
			RandomAccessibleInterval<? extends IntegerType<?>> gt, long[] blockSize, ExecutorService executor) {
		return evaluate(ContingencyTables.of(seg, gt, blockSize, executor));
	}

	/** All scores of one contingency table. */
	public static SegmentationScores evaluate(ContingencyTable table) {
		ContingencyTable foreground = table.withoutGroundTruth(0);
		VariationOfInformation voiForeground = VariationOfInformation.of(foreground);
		AdaptedRandError arand = AdaptedRandError.of(foreground, new long[0]);
		return new SegmentationScores(table.total(), table.groundTruthLabelCount(), table.segmentLabelCount(),
				VariationOfInformation.of(table), voiForeground, arand, ForegroundRestrictedScores.of(table),
				CremiScore.of(voiForeground, arand));
	}

	/** This record as one JSON object with a nested object per metric. */
	public String toJson() {
		return new JsonObject().put("voxels", voxels).put("ground_truth_labels", groundTruthLabels)
				.put("segment_labels", segmentLabels).raw("voi", voi.toJson()).raw("voi_foreground", voiForeground.toJson())
				.raw("adapted_rand", adaptedRand.toJson()).raw("isbi2012", isbi.toJson()).raw("cremi", cremi.toJson())
				.toString();
	}

	/** Rows for a text table, one per number. */
	public List<TableRow> toTableRows() {
		List<TableRow> rows = new ArrayList<>();
		rows.add(new TableRow("voxels", voxels, ""));
		rows.addAll(voi.toTableRows("VOI"));
		rows.addAll(voiForeground.toTableRows("VOI (gt 0 ignored)"));
		rows.addAll(adaptedRand.toTableRows());
		rows.addAll(isbi.toTableRows());
		rows.addAll(cremi.toTableRows());
		return rows;
	}
}
