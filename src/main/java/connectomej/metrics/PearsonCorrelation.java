package connectomej.metrics;

/**
 * Streaming Pearson correlation of paired samples (x, y), numerically stable: running means and co-moments are
 * updated per sample as in Welford (1962), and partial accumulators merge with the pairwise formulas of Chan, Golub
 * and LeVeque (1979), so a parallel or block-wise pass gives the same result as a sequential one up to rounding.
 * Values are shifted by the first pair before accumulating, so data far from zero (e.g. 1e9 + small noise) keeps its
 * precision.
 */
public final class PearsonCorrelation {

	private long n;
	private double shiftX, shiftY, meanX, meanY, sumSqX, sumSqY, coMoment;

	/** Adds one pair. */
	public void add(double x, double y) {
		if (n == 0) {
			shiftX = x;
			shiftY = y;
		}
		addShifted(x - shiftX, y - shiftY);
	}

	private void addShifted(double x, double y) {
		n++;
		double dx = x - meanX;
		meanX += dx / n;
		double dy = y - meanY;
		meanY += dy / n;
		sumSqX += dx * (x - meanX);
		sumSqY += dy * (y - meanY);
		coMoment += dx * (y - meanY);
	}

	/** Adds all pairs (x[i], y[i]). */
	public void addAll(double[] x, double[] y) {
		if (x.length != y.length)
			throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
		for (int i = 0; i < x.length; i++)
			add(x[i], y[i]);
	}

	/** Merges the pairs counted by {@code other} into this accumulator. */
	public void addAll(PearsonCorrelation other) {
		if (other.n == 0)
			return;
		if (n == 0) {
			shiftX = other.shiftX;
			shiftY = other.shiftY;
		}
		long total = n + other.n;
		double otherMeanX = other.meanX + (other.shiftX - shiftX), otherMeanY = other.meanY + (other.shiftY - shiftY);
		double dx = otherMeanX - meanX, dy = otherMeanY - meanY, weight = (double) n * other.n / total;
		sumSqX += other.sumSqX + dx * dx * weight;
		sumSqY += other.sumSqY + dy * dy * weight;
		coMoment += other.coMoment + dx * dy * weight;
		meanX += dx * other.n / total;
		meanY += dy * other.n / total;
		n = total;
	}

	/** Number of pairs added. */
	public long count() {
		return n;
	}

	/** The correlation coefficient in [-1, 1]; NaN if fewer than 2 pairs or x or y is constant. */
	public double correlation() {
		if (n < 2 || sumSqX == 0 || sumSqY == 0)
			return Double.NaN;
		return Math.max(-1, Math.min(1, coMoment / Math.sqrt(sumSqX * sumSqY)));
	}
}
