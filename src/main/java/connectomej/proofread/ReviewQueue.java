package connectomej.proofread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import connectomej.io.BadInputException;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;

/**
 * The review queue: which segments to look at first. Rule (rank average): for each signal given, the MergeNet
 * score ({@code MergeCandidates.table}) and the per-object mean variance ({@code ObjectUncertainty.table}), a
 * segment's percentile rank among the segments of that table is {@code 1 - r / (n - 1)} for rank {@code r = 0..n-1},
 * highest value first (ties by id), so 1 = most suspicious and 0 = least; a segment missing from a table scores 0
 * for it. Priority = mean of the percentile ranks over the signals given. Ranks rather than raw values, because the
 * two signals have unrelated scales. Without either table the queue is every segment by size, largest first
 * (priority = voxels). Segments merged into another, segments marked reviewed and segments made by splits (which
 * have no score) are left out; scores are those of the original segmentation and are not recomputed after edits.
 */
final class ReviewQueue {

	/** One segment's signals. */
	private static final class Row {

		double mergeScore = Double.NaN, uncertainty = Double.NaN, mergeRank, uncertaintyRank;
		int[] location;
	}

	private final Map<Long, Row> rows = new TreeMap<>();
	private final int signals;

	private ReviewQueue(int signals) {
		this.signals = signals;
	}

	/** Reads the tables; either may be null. */
	static ReviewQueue read(Path mergeCandidates, Path uncertainty) throws IOException {
		ReviewQueue queue = new ReviewQueue((mergeCandidates == null ? 0 : 1) + (uncertainty == null ? 0 : 1));
		if (mergeCandidates != null)
			queue.readMergeScores(mergeCandidates);
		if (uncertainty != null)
			queue.readUncertainty(uncertainty);
		return queue;
	}

	private void readMergeScores(Path file) throws IOException {
		CsvTable table = CsvTables.read(file);
		try {
			Map<Long, Double> values = new TreeMap<>();
			for (int r = 0; r < table.rows().size(); r++) {
				Row row = rows.computeIfAbsent((long) table.number(r, "object_id"), k -> new Row());
				row.mergeScore = table.number(r, "score");
				row.location = new int[] { (int) table.number(r, "x"), (int) table.number(r, "y"), (int) table.number(r, "z") };
				values.put((long) table.number(r, "object_id"), row.mergeScore);
			}
			ranks(values).forEach((id, q) -> rows.get(id).mergeRank = q);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(file, "not a merge-candidate table: " + e.getMessage());
		}
	}

	private void readUncertainty(Path file) throws IOException {
		CsvTable table = CsvTables.read(file);
		try {
			Map<Long, Double> values = new TreeMap<>();
			for (int r = 0; r < table.rows().size(); r++) {
				Row row = rows.computeIfAbsent((long) table.number(r, "id"), k -> new Row());
				row.uncertainty = table.number(r, "mean_variance");
				values.put((long) table.number(r, "id"), row.uncertainty);
			}
			ranks(values).forEach((id, q) -> rows.get(id).uncertaintyRank = q);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(file, "not an object-uncertainty table: " + e.getMessage());
		}
	}

	/** Percentile ranks, 1 for the highest value, 0 for the lowest; ties by ascending id. */
	static Map<Long, Double> ranks(Map<Long, Double> values) {
		List<Long> order = new ArrayList<>(values.keySet());
		order.sort(Comparator.comparing((Long id) -> -values.get(id)).thenComparing(id -> id));
		Map<Long, Double> out = new TreeMap<>();
		for (int r = 0; r < order.size(); r++)
			out.put(order.get(r), order.size() == 1 ? 1.0 : 1 - r / (double) (order.size() - 1));
		return out;
	}

	/** Whether any signal was given (else the queue needs the segment index for sizes). */
	boolean hasSignals() {
		return signals > 0;
	}

	/**
	 * The queue, most urgent first.
	 *
	 * @param edits current merges and reviewed ids
	 * @param index the original segments (sizes, a voxel of each), used for locations missing from the tables and
	 *            for the size order; may be null when {@link #hasSignals()} and every row has a location
	 */
	List<ReviewCandidate> candidates(LabelEdits edits, SegmentIndex index) {
		List<ReviewCandidate> out = new ArrayList<>();
		if (signals == 0) {
			index.entries().forEach((id, e) -> {
				if (open(id, edits))
					out.add(new ReviewCandidate(id, e.first.clone(), Double.NaN, Double.NaN, e.voxels));
			});
		} else
			rows.forEach((id, row) -> {
				if (open(id, edits))
					out.add(new ReviewCandidate(id, location(id, row, index), row.mergeScore, row.uncertainty,
							(row.mergeRank + row.uncertaintyRank) / signals));
			});
		out.sort(Comparator.comparingDouble(ReviewCandidate::priority).reversed().thenComparingLong(ReviewCandidate::id));
		return out;
	}

	/** Whether any row lacks a location. */
	boolean needsIndex() {
		return signals == 0 || rows.values().stream().anyMatch(r -> r.location == null);
	}

	private static boolean open(long id, LabelEdits edits) {
		return edits.find(id) == id && !edits.reviewed().contains(id);
	}

	private static int[] location(long id, Row row, SegmentIndex index) {
		if (row.location != null)
			return row.location.clone();
		SegmentIndex.Entry e = index == null ? null : index.get(id);
		return e == null ? null : e.first.clone();
	}
}
