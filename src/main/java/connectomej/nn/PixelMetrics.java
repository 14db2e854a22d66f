package connectomej.nn;

/**
 * Pixel-wise metrics of a probability map against binary labels: F1 at a threshold and ROC AUC (from a 1024-bin
 * score histogram, exact up to ties within a bin: the Mann-Whitney statistic).
 */
public final class PixelMetrics {

	private static final int BINS = 1024;

	private final long[] positives = new long[BINS], negatives = new long[BINS];

	/** Adds one pixel: its predicted probability in [0, 1] and whether it is truly positive. */
	public void add(float probability, boolean positive) {
		int bin = Math.min(BINS - 1, Math.max(0, (int) (probability * BINS)));
		(positive ? positives : negatives)[bin]++;
	}

	/** F1 of "probability >= threshold" (threshold on the bin grid); 0 when there are no positives at all. */
	public double f1(double threshold) {
		int from = (int) Math.ceil(threshold * BINS);
		long tp = 0, fp = 0, fn = 0;
		for (int b = 0; b < BINS; b++) {
			if (b >= from) {
				tp += positives[b];
				fp += negatives[b];
			} else
				fn += positives[b];
		}
		return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
	}

	/** Area under the ROC curve: probability that a positive scores above a negative (ties count half). */
	public double auc() {
		double below = 0, sum = 0;
		long p = 0, n = 0;
		for (int b = 0; b < BINS; b++) {
			sum += positives[b] * (below + negatives[b] / 2.0);
			below += negatives[b];
			p += positives[b];
			n += negatives[b];
		}
		return p == 0 || n == 0 ? Double.NaN : sum / ((double) p * n);
	}
}
