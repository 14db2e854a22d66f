package connectomej.metrics;

/**
 * Streaming ROC AUC for very many samples (e.g. every voxel of a probability map): scores are binned into a fixed
 * histogram per class, memory O(bins), one pass, mergeable across threads or blocks.
 * <p>
 * Binning is monotone, so a (positive, negative) pair in different bins is ordered as by the raw scores; pairs in the
 * same bin are counted as ties (one half). Each such pair contributes 0, 1/2 or 1 to the exact statistic, so the
 * estimate is within {@link #errorBound()} {@code = 0.5 sum_b pos_b neg_b / (P N)} of the exact tie-aware AUC of
 * {@link RocAuc#exact}, a bound computed from the histogram itself. Scores outside [min, max] go to the end bins,
 * which keeps the order and the bound.
 */
public final class RocAucHistogram {

	private final double min, max;
	private final long[] positives, negatives;

	/**
	 * An empty histogram.
	 *
	 * @param min lower end of the score range (e.g. 0 for probabilities)
	 * @param max upper end, > min
	 * @param bins number of equal-width bins, >= 1
	 */
	public RocAucHistogram(double min, double max, int bins) {
		if (!(max > min) || bins < 1)
			throw new IllegalArgumentException("need max > min and bins >= 1, got [" + min + ", " + max + "], " + bins);
		this.min = min;
		this.max = max;
		this.positives = new long[bins];
		this.negatives = new long[bins];
	}

	/** Counts one sample; NaN scores are rejected. */
	public void add(double score, boolean positive) {
		if (Double.isNaN(score))
			throw new IllegalArgumentException("score is NaN");
		(positive ? positives : negatives)[bin(score)]++;
	}

	/** Adds the counts of {@code other}, which must have the same range and bins. */
	public void addAll(RocAucHistogram other) {
		if (other.min != min || other.max != max || other.positives.length != positives.length)
			throw new IllegalArgumentException("histograms differ in range or bins");
		for (int b = 0; b < positives.length; b++) {
			positives[b] += other.positives[b];
			negatives[b] += other.negatives[b];
		}
	}

	/** The AUC with pairs in the same bin counted as ties; NaN if a class is empty. */
	public double auc() {
		double wins = 0, negativesBelow = 0;
		for (int b = 0; b < positives.length; b++) {
			wins += positives[b] * (negativesBelow + 0.5 * negatives[b]);
			negativesBelow += negatives[b];
		}
		return wins / pairs();
	}

	/** Largest possible |auc() - exact AUC|: half the fraction of (positive, negative) pairs that share a bin. */
	public double errorBound() {
		double shared = 0;
		for (int b = 0; b < positives.length; b++)
			shared += (double) positives[b] * negatives[b];
		return 0.5 * shared / pairs();
	}

	private double pairs() {
		long p = 0, n = 0;
		for (int b = 0; b < positives.length; b++) {
			p += positives[b];
			n += negatives[b];
		}
		return (double) p * n;
	}

	private int bin(double score) {
		int b = (int) Math.floor((score - min) / (max - min) * positives.length);
		return Math.max(0, Math.min(positives.length - 1, b));
	}
}
