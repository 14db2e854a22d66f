package connectomej.uncertainty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.nn.Dl4jBackend;
import connectomej.nn.ModelFiles;
import connectomej.nn.PixelMetrics;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;

/**
 * The issue-8 evaluation (not a test): on the validation sections of ISBI 2012 or EPFL, sweeps noise and dropout
 * layers and amounts on the first {@code sweepSections} validation sections (K = 4), keeps those within the F1 / AUC
 * tolerance, and scores the chosen ones, infer-transformation and Monte Carlo dropout on all validation sections
 * (K = 8): Pearson(variance, |p - y|), ROC AUC of variance for misclassified pixels, AUSE; with wall time as a
 * multiple of one plain inference. Prints Markdown rows.
 * <p>
 * {@code java -cp target/classes:target/test-classes:target/lib/* connectomej.uncertainty.EvaluateUncertainty isbi|epfl PLAIN.zip DROPOUT.zip}
 */
public final class EvaluateUncertainty {

	static final int TILE = 1024, THREADS = 2, SWEEP_SECTIONS = 1;
	static final double TOLERANCE = 0.01;
	/** A smoke run: two sections, one layer, two amounts. */
	static final boolean QUICK = Boolean.getBoolean("uncert.quick");
	static final double[] SIGMAS = { 0.1, 0.3, 1.0 }, RATES = { 0.01, 0.03, 0.1 };

	public static void main(String[] args) throws Exception {
		EvaluationData data = EvaluationData.of(args[0]);
		StoredModel plain = ModelFiles.load(Path.of(args[1]), "membrane", 1);
		StoredModel dropout = args[2].equals("-") ? plain : ModelFiles.load(Path.of(args[2]), "membrane", 1);
		long[] min = data.raw().data().minAsLongArray(), max = data.raw().data().maxAsLongArray();
		min[2] = data.firstValidation();
		if (QUICK)
			max[2] = min[2] + SWEEP_SECTIONS - 1;
		var raw = Views.zeroMin(Views.interval(data.raw().data(), min, max));
		var labels = Views.zeroMin(Views.interval(data.membranes(), min, max));
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		try {
			new EvaluateUncertainty(executor).evaluate(data.name(), raw, labels, plain, dropout);
		} finally {
			executor.shutdownNow();
		}
	}

	private final ExecutorService executor;

	EvaluateUncertainty(ExecutorService executor) {
		this.executor = executor;
	}

	void evaluate(String name, RandomAccessibleInterval<UnsignedByteType> raw,
			RandomAccessibleInterval<UnsignedByteType> labels, StoredModel plain, StoredModel dropout) {
		predict(Views.hyperSlice(raw, 2, 0), plain); // warm-up: JIT and native libraries
		System.out.println("warm-up done " + java.time.LocalTime.now());
		long t0 = System.nanoTime();
		var p = predict(raw, plain);
		double plainSeconds = (System.nanoTime() - t0) / 1e9;
		var pDropout = predict(raw, dropout);
		report(name + " model", PerturbationSweep.accuracy(p, labels), PerturbationSweep.accuracy(pDropout, labels));
		List<UncertaintySettings> chosen = sweep(raw, labels, p, plain);
		System.out.printf("plain inference on the validation sections: %.2f s%n", plainSeconds);
		System.out.println("| data | method | settings | Pearson(var, |p-y|) | ROC AUC (misclassified) | AUSE | error rate | cost (x plain) |");
		List<UncertaintySettings> finals = new ArrayList<>(List.of(UncertaintySettings.transformation(8)));
		finals.addAll(chosen);
		for (UncertaintySettings s : finals)
			row(name, raw, labels, p, plain, s, plainSeconds);
		if (dropout != plain)
			row(name, raw, labels, pDropout, dropout, UncertaintySettings.monteCarloDropout(8, 1), plainSeconds);
	}

	private List<UncertaintySettings> sweep(RandomAccessibleInterval<UnsignedByteType> raw,
			RandomAccessibleInterval<UnsignedByteType> labels, RandomAccessibleInterval<FloatType> p, StoredModel plain) {
		long[] max = raw.maxAsLongArray();
		max[2] = SWEEP_SECTIONS - 1;
		var r = Views.interval(raw, raw.minAsLongArray(), max);
		var y = Views.interval(labels, raw.minAsLongArray(), max);
		var pp = Views.interval(p, raw.minAsLongArray(), max);
		int n = PerturbedNetworks.layers(plain.network()).size();
		List<UncertaintySettings> chosen = new ArrayList<>();
		for (UncertaintyMethod m : List.of(UncertaintyMethod.NOISE, UncertaintyMethod.DROPOUT)) {
			List<UncertaintySettings> candidates = new ArrayList<>();
			for (int layer : QUICK ? new int[] { n - 2 } : new int[] { 1, n / 2, n - 2 })
				for (double a : QUICK ? new double[] { 0.05, 0.2 } : m == UncertaintyMethod.NOISE ? SIGMAS : RATES)
					candidates.add(new UncertaintySettings(m, layer, a, 4, 1));
			var results = PerturbationSweep.run(r, y, pp, plain, candidates, TOLERANCE, TILE, executor, THREADS);
			System.out.println("| layer | name | amount | F1 | AUC | kept | Pearson | ROC AUC | AUSE | mean variance |");
			for (var res : results)
				System.out.printf("| %d | %s | %.2f | %.4f | %.4f | %s | %.3f | %.3f | %.4f | %.2e |%n", res.settings().layer(),
						PerturbedNetworks.layerName(plain.network(), res.settings().layer()), res.settings().amount(),
						res.f1(), res.auc(), res.kept() ? "yes" : "no", res.scores().pearson(), res.scores().auc(),
						res.scores().ause(), res.scores().meanVariance());
			PerturbationSweep.choose(results).ifPresent(c -> {
				System.out.println("chosen: " + c.settings());
				UncertaintySettings s = c.settings();
				chosen.add(new UncertaintySettings(s.method(), s.layer(), s.amount(), 8, 1));
			});
		}
		return chosen;
	}

	private void row(String name, RandomAccessibleInterval<UnsignedByteType> raw,
			RandomAccessibleInterval<UnsignedByteType> labels, RandomAccessibleInterval<FloatType> p, StoredModel model,
			UncertaintySettings s, double plainSeconds) {
		ArrayImg<FloatType, ?> mean = ArrayImgs.floats(raw.dimensionsAsLongArray()), variance = ArrayImgs.floats(raw.dimensionsAsLongArray());
		long t0 = System.nanoTime();
		UncertaintyEstimator.estimate(raw, model, s, mean, variance, TILE, executor, THREADS);
		double seconds = (System.nanoTime() - t0) / 1e9;
		UncertaintyScores u = UncertaintyScores.of(p, variance, labels);
		System.out.printf("| %s | %s | %s | %.3f | %.3f | %.4f | %.4f | %.1f |%n", name, s.method().label(), s, u.pearson(),
				u.auc(), u.ause(), u.errorRate(), seconds / plainSeconds);
	}

	private ArrayImg<FloatType, ?> predict(RandomAccessibleInterval<UnsignedByteType> raw, StoredModel model) {
		RandomAccessibleInterval<UnsignedByteType> r = raw.numDimensions() == 2 ? Views.addDimension(raw, 0, 0) : raw;
		ArrayImg<FloatType, ?> p = ArrayImgs.floats(r.dimensionsAsLongArray());
		TiledInference.predict(r, Dl4jBackend.of(model, THREADS), model.info(), TILE, p, executor);
		return p;
	}

	private static void report(String what, PixelMetrics plain, PixelMetrics dropout) {
		System.out.printf("%s: plain F1 %.4f AUC %.4f; dropout-trained F1 %.4f AUC %.4f%n", what, plain.f1(0.5),
				plain.auc(), dropout.f1(0.5), dropout.auc());
	}
}
