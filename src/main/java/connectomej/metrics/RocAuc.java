package connectomej.metrics;

import java.util.Arrays;

/**
 * Exact area under the ROC curve from scores and binary labels, in O(n log n), with ties counted as one half: the
 * Mann-Whitney statistic {@code AUC = (#{s+ > s-} + 0.5 #{s+ == s-}) / (P N)} over all (positive, negative) pairs,
 * which equals the trapezoidal area under the ROC curve with tied scores as one point.
 * For more scores than fit in memory use {@link RocAucHistogram}.
 */
public final class RocAuc {

	private RocAuc() {}

	/**
	 * The exact ROC AUC.
	 *
	 * @param scores one score per sample, higher = more likely positive, no NaN
	 * @param positive one label per sample
	 * @return AUC in [0, 1]
	 * @throws IllegalArgumentException if lengths differ, a score is NaN, or one class is empty
	 */
	public static double exact(double[] scores, boolean[] positive) {
		if (scores.length != positive.length)
			throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
		int p = 0;
		for (int i = 0; i < scores.length; i++) {
			if (Double.isNaN(scores[i]))
				throw new IllegalArgumentException("score " + i + " is NaN");
			p += positive[i] ? 1 : 0;
		}
		int n = scores.length - p;
		if (p == 0 || n == 0)
			throw new IllegalArgumentException("ROC AUC needs both classes, got " + p + " positives and " + n + " negatives");
		double[] negatives = new double[n];
		for (int i = 0, k = 0; i < scores.length; i++)
			if (!positive[i])
				negatives[k++] = scores[i];
		Arrays.sort(negatives);
		double wins = 0;
		for (int i = 0; i < scores.length; i++)
			if (positive[i]) {
				int below = firstNotBelow(negatives, scores[i]), notAbove = firstAbove(negatives, scores[i]);
				wins += below + 0.5 * (notAbove - below);
			}
		return wins / ((double) p * n);
	}

	/** Index of the first element >= v in sorted a. */
	private static int firstNotBelow(double[] a, double v) {
		int lo = 0, hi = a.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (a[mid] < v)
				lo = mid + 1;
			else
				hi = mid;
		}
		return lo;
	}

	/** Index of the first element > v in sorted a. */
	private static int firstAbove(double[] a, double v) {
		int lo = 0, hi = a.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (a[mid] <= v)
				lo = mid + 1;
			else
				hi = mid;
		}
		return lo;
	}
}
