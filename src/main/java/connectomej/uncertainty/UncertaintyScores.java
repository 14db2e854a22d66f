package connectomej.uncertainty;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import connectomej.metrics.PearsonCorrelation;
import connectomej.metrics.RocAuc;
import connectomej.metrics.Sparsification;

/**
 * How well a variance map predicts the errors of a probability map against binary labels, the measures of Mi et al.
 * 2019 (arXiv 1910.04858) for dense prediction: Pearson correlation of per-pixel variance with per-pixel error
 * |p - y|; ROC AUC of the variance as a detector of misclassified pixels ((p > 0.5) != y); AUSE of the error
 * sparsified by variance (Ilg et al. 2018), in units of |p - y|, lower is better.
 *
 * @param pearson correlation of variance and |p - y|
 * @param auc ROC AUC of variance for misclassified pixels (0.5 = no better than chance)
 * @param ause area under the sparsification error curve, 100 steps
 * @param errorRate fraction of misclassified pixels
 * @param meanVariance mean of the variance map
 */
public record UncertaintyScores(double pearson, double auc, double ause, double errorRate, double meanVariance) {

	/**
	 * Scores a variance map.
	 *
	 * @param probability predicted probability in [0, 1], axes x, y, z
	 * @param variance its uncertainty, same dimensions
	 * @param labels same dimensions, non-zero = positive
	 */
	public static UncertaintyScores of(RandomAccessibleInterval<? extends RealType<?>> probability,
			RandomAccessibleInterval<? extends RealType<?>> variance,
			RandomAccessibleInterval<? extends IntegerType<?>> labels) {
		if (!Intervals.equalDimensions(probability, variance) || !Intervals.equalDimensions(probability, labels))
			throw new IllegalArgumentException("probability, variance and labels differ in size");
		int n = (int) Intervals.numElements(probability);
		double[] errors = new double[n], uncertainty = new double[n];
		boolean[] wrong = new boolean[n];
		PearsonCorrelation pearson = new PearsonCorrelation();
		Cursor<? extends RealType<?>> p = Views.flatIterable(probability).cursor(), v = Views.flatIterable(variance).cursor();
		Cursor<? extends IntegerType<?>> y = Views.flatIterable(labels).cursor();
		long misclassified = 0;
		double varianceSum = 0;
		for (int i = 0; i < n; i++) {
			double pi = p.next().getRealDouble(), truth = y.next().getIntegerLong() != 0 ? 1 : 0;
			uncertainty[i] = v.next().getRealDouble();
			errors[i] = Math.abs(pi - truth);
			wrong[i] = (pi > 0.5) != (truth == 1);
			misclassified += wrong[i] ? 1 : 0;
			varianceSum += uncertainty[i];
			pearson.add(uncertainty[i], errors[i]);
		}
		double auc = misclassified == 0 || misclassified == n ? Double.NaN : RocAuc.exact(uncertainty, wrong);
		return new UncertaintyScores(pearson.correlation(), auc, Sparsification.of(errors, uncertainty).ause(),
				(double) misclassified / n, varianceSum / n);
	}
}
