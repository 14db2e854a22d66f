package connectomej.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.nn.PixelMetrics;
import connectomej.nn.StoredModel;

/**
 * Chooses a perturbation as Mi et al. 2019 (arXiv 1910.04858) do: among candidate layers and sigmas / rates, keep
 * only those whose predictions (the mean of the K samples) stay within a tolerance of the unperturbed model's pixel
 * F1 (at 0.5) and ROC AUC on validation data, then take the strongest one kept, the one with the largest mean
 * variance. The choice itself uses no uncertainty score, only accuracy; the scores are reported alongside.
 */
public final class PerturbationSweep {

	/**
	 * One candidate's outcome.
	 *
	 * @param settings the candidate
	 * @param f1 pixel F1 at 0.5 of its mean map
	 * @param auc pixel ROC AUC of its mean map
	 * @param scores how well its variance predicts the unperturbed model's errors
	 * @param kept whether F1 and AUC stayed within the tolerance
	 */
	public record Result(UncertaintySettings settings, double f1, double auc, UncertaintyScores scores, boolean kept) {}

	private PerturbationSweep() {}

	/**
	 * Runs every candidate on validation data.
	 *
	 * @param raw validation EM, axes x, y, z
	 * @param labels same dimensions, non-zero = positive (membrane)
	 * @param plain the unperturbed model's probabilities on {@code raw}
	 * @param model the model
	 * @param candidates perturbations to try
	 * @param tolerance largest accepted drop of F1 and of AUC
	 * @param tileSize tile core size, voxels
	 * @param executor runs tiles
	 * @param concurrency network copies
	 */
	public static <T extends RealType<T>> List<Result> run(RandomAccessibleInterval<T> raw,
			RandomAccessibleInterval<? extends IntegerType<?>> labels, RandomAccessibleInterval<FloatType> plain,
			StoredModel model, List<UncertaintySettings> candidates, double tolerance, int tileSize,
			ExecutorService executor, int concurrency) {
		PixelMetrics reference = accuracy(plain, labels);
		List<Result> results = new ArrayList<>();
		for (UncertaintySettings s : candidates) {
			ArrayImg<FloatType, ?> mean = ArrayImgs.floats(raw.dimensionsAsLongArray()),
					variance = ArrayImgs.floats(raw.dimensionsAsLongArray());
			UncertaintyEstimator.estimate(raw, model, s, mean, variance, tileSize, executor, concurrency);
			PixelMetrics m = accuracy(mean, labels);
			boolean kept = m.f1(0.5) >= reference.f1(0.5) - tolerance && m.auc() >= reference.auc() - tolerance;
			results.add(new Result(s, m.f1(0.5), m.auc(), UncertaintyScores.of(plain, variance, labels), kept));
		}
		return results;
	}

	/** The kept candidate with the largest mean variance, if any was kept. */
	public static Optional<Result> choose(List<Result> results) {
		return results.stream().filter(Result::kept)
				.max(Comparator.comparingDouble(r -> r.scores().meanVariance()));
	}

	/** Pixel F1 and AUC of a probability map against labels. */
	public static PixelMetrics accuracy(RandomAccessibleInterval<? extends RealType<?>> probability,
			RandomAccessibleInterval<? extends IntegerType<?>> labels) {
		PixelMetrics m = new PixelMetrics();
		Cursor<? extends RealType<?>> p = Views.flatIterable(probability).cursor();
		Cursor<? extends IntegerType<?>> y = Views.flatIterable(labels).cursor();
		while (p.hasNext())
			m.add((float) p.next().getRealDouble(), y.next().getIntegerLong() != 0);
		return m;
	}
}
