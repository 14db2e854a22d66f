package connectomej.metrics;

/**
 * Sparsification curves and AUSE, the area under the sparsification error, for judging uncertainty estimates (Ilg et
 * al. 2018, "Uncertainty estimates and multi-hypotheses networks for optical flow", ECCV; used for training-free
 * uncertainty by Mi et al. 2019, arXiv 1910.04858).
 * <p>
 * Samples are sorted by uncertainty, most uncertain first (ties keep their input order), and the most uncertain
 * fraction f is removed; the sparsification curve is the mean error of the rest. The oracle removes by true error
 * instead, largest first. Sampling: K steps (default 100), fractions f_k = k / K for k = 0 .. K-1, removing
 * floor(f_k n) samples, so at least one sample always remains. The sparsification error is curve minus oracle, and
 * AUSE = (1 / K) sum_k (curve_k - oracle_k), the left Riemann sum over f in [0, 1). Curves are not normalised (the
 * error at f = 0 is the plain mean error); the unit of AUSE is the unit of the errors.
 */
public final class Sparsification {

	private Sparsification() {}

	/** The curves at K = 100 steps. */
	public static SparsificationCurve of(double[] errors, double[] uncertainties) {
		return of(errors, uncertainties, 100);
	}

	/**
	 * The curves at {@code steps} fractions.
	 *
	 * @param errors per-sample error, e.g. |prediction - truth|
	 * @param uncertainties per-sample uncertainty, higher = less trusted
	 * @param steps number K of fractions, >= 1
	 */
	public static SparsificationCurve of(double[] errors, double[] uncertainties, int steps) {
		if (errors.length != uncertainties.length || errors.length == 0 || steps < 1)
			throw new IllegalArgumentException("need equally many errors and uncertainties (> 0) and steps >= 1, got "
					+ errors.length + ", " + uncertainties.length + ", " + steps);
		double[] fractions = new double[steps];
		for (int k = 0; k < steps; k++)
			fractions[k] = (double) k / steps;
		double[] curve = remainingMeans(errors, IndexSort.descending(uncertainties), fractions);
		double[] oracle = remainingMeans(errors, IndexSort.descending(errors), fractions);
		double area = 0;
		for (int k = 0; k < steps; k++)
			area += (curve[k] - oracle[k]) / steps;
		return new SparsificationCurve(fractions, curve, oracle, area);
	}

	/** Mean error of the samples left after removing the first floor(f n) of {@code order}, per fraction f. */
	private static double[] remainingMeans(double[] errors, int[] order, double[] fractions) {
		int n = errors.length;
		double[] suffixSum = new double[n + 1];
		for (int i = n - 1; i >= 0; i--)
			suffixSum[i] = suffixSum[i + 1] + errors[order[i]];
		double[] means = new double[fractions.length];
		for (int k = 0; k < fractions.length; k++) {
			int removed = (int) Math.floor(fractions[k] * n);
			means[k] = suffixSum[removed] / (n - removed);
		}
		return means;
	}
}
