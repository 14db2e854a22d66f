package connectomej.metrics;

/**
 * Counts n_ij of voxels labelled i in a ground truth and j in a segmentation, with the row sums n_i (ground-truth
 * label sizes) and column sums n_j (segment sizes). Sparse: only pairs that occur are stored, in a primitive hash
 * map, so memory grows with the number of distinct pairs, not with the label values.
 * <p>
 * Labels are {@code long} values as {@code IntegerType.getIntegerLong()} gives them (an unsigned 64-bit label keeps
 * its bits). Fill it with {@link ContingencyTables#of}; merge partial tables with {@link #addAll}. Not thread-safe.
 */
public final class ContingencyTable {

	private final LabelIndex groundTruth = new LabelIndex();
	private final LabelIndex segments = new LabelIndex();
	private final LongLongMap pairs = new LongLongMap(1024);
	private long total;

	/**
	 * Adds {@code count} voxels labelled {@code gtLabel} in the ground truth and {@code segLabel} in the segmentation.
	 *
	 * @param count number of voxels, >= 0
	 */
	public void add(long gtLabel, long segLabel, long count) {
		if (count < 0)
			throw new IllegalArgumentException("count must be >= 0, got " + count);
		if (count == 0)
			return;
		int i = groundTruth.indexOf(gtLabel);
		int j = segments.indexOf(segLabel);
		pairs.addTo(pairKey(i, j), count);
		groundTruth.addSize(i, count);
		segments.addSize(j, count);
		total += count;
	}

	/** Adds all counts of {@code other} to this table (merging tables of blocks). */
	public void addAll(ContingencyTable other) {
		other.forEachPair(this::add);
	}

	/** Total number of voxels counted. */
	public long total() {
		return total;
	}

	/** Number of distinct (ground-truth label, segment label) pairs. */
	public int pairCount() {
		return pairs.size();
	}

	/** Number of distinct ground-truth labels. */
	public int groundTruthLabelCount() {
		return groundTruth.count();
	}

	/** Number of distinct segment labels. */
	public int segmentLabelCount() {
		return segments.count();
	}

	/** n_ij: voxels labelled {@code gtLabel} in the ground truth and {@code segLabel} in the segmentation. */
	public long count(long gtLabel, long segLabel) {
		int i = groundTruth.find(gtLabel), j = segments.find(segLabel);
		return i < 0 || j < 0 ? 0 : pairs.get(pairKey(i, j), 0);
	}

	/** n_i: voxels of ground-truth label {@code gtLabel} (0 if it never occurs). */
	public long groundTruthSize(long gtLabel) {
		int i = groundTruth.find(gtLabel);
		return i < 0 ? 0 : groundTruth.size(i);
	}

	/** n_j: voxels of segment {@code segLabel} (0 if it never occurs). */
	public long segmentSize(long segLabel) {
		int j = segments.find(segLabel);
		return j < 0 ? 0 : segments.size(j);
	}

	/** Calls {@code action} once per nonzero n_ij, in no particular order. */
	public void forEachPair(PairCounts action) {
		pairs.forEach((key, count) -> action.accept(groundTruth.label((int) (key >>> 32)), segments.label((int) key), count));
	}

	/** Calls {@code action} once per ground-truth label with its size n_i, in order of first appearance. */
	public void forEachGroundTruthLabel(LongLongMap.Entries action) {
		for (int i = 0; i < groundTruth.count(); i++)
			action.accept(groundTruth.label(i), groundTruth.size(i));
	}

	/** Calls {@code action} once per segment label with its size n_j, in order of first appearance. */
	public void forEachSegmentLabel(LongLongMap.Entries action) {
		for (int j = 0; j < segments.count(); j++)
			action.accept(segments.label(j), segments.size(j));
	}

	/**
	 * A copy without the voxels whose ground-truth label is one of {@code ignored}: rows removed, and column sums
	 * reduced accordingly (scikit-image's {@code ignore_labels}).
	 */
	public ContingencyTable withoutGroundTruth(long... ignored) {
		ContingencyTable kept = new ContingencyTable();
		forEachPair((gt, seg, n) -> {
			if (!contains(ignored, gt))
				kept.add(gt, seg, n);
		});
		return kept;
	}

	/** Receives one entry n_ij of a table. */
	@FunctionalInterface
	public interface PairCounts {

		/** @param count n_ij > 0 */
		void accept(long gtLabel, long segLabel, long count);
	}

	static boolean contains(long[] labels, long label) {
		for (long l : labels)
			if (l == label)
				return true;
		return false;
	}

	private static long pairKey(int i, int j) {
		return (long) i << 32 | (j & 0xffffffffL);
	}
}
