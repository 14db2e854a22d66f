package connectomej.uncertainty;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

import connectomej.nn.Dl4jBackend;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;

/**
 * The issue-8 cost benchmark (not a test): wall time of each uncertainty method with K = 8 as a multiple of one plain
 * tiled inference of the same sections, measured side by side: every round times a plain inference right before and
 * right after each method and divides by their mean, so a change of machine load between rounds cancels out. Prints
 * the median ratio over the rounds.
 * <p>
 * {@code java -cp target/classes:target/test-classes:target/lib/* connectomej.uncertainty.UncertaintyCostBenchmark isbi|epfl PLAIN.zip DROPOUT.zip SECTIONS ROUNDS}
 */
public final class UncertaintyCostBenchmark {

	private static final int K = 8;

	public static void main(String[] args) throws Exception {
		EvaluationData data = EvaluationData.of(args[0]);
		StoredModel plain = ModelFiles.load(Path.of(args[1]), "membrane", 1);
		StoredModel dropout = ModelFiles.load(Path.of(args[2]), "membrane", 1);
		int sections = Integer.parseInt(args[3]), rounds = Integer.parseInt(args[4]);
		long[] min = data.raw().data().minAsLongArray(), max = data.raw().data().maxAsLongArray();
		min[2] = data.firstValidation();
		max[2] = min[2] + sections - 1;
		var raw = Views.zeroMin(Views.interval(data.raw().data(), min, max));
		int last = PerturbedNetworks.layers(plain.network()).size() - 2;
		Map<String, Runnable> methods = new LinkedHashMap<>();
		ExecutorService executor = Executors.newFixedThreadPool(EvaluateUncertainty.THREADS);
		try {
			methods.put("infer-transformation", () -> estimate(raw, plain, UncertaintySettings.transformation(K), executor));
			methods.put("infer-noise", () -> estimate(raw, plain, new UncertaintySettings(UncertaintyMethod.NOISE, last, 0.3, K, 1), executor));
			methods.put("infer-dropout", () -> estimate(raw, plain, new UncertaintySettings(UncertaintyMethod.DROPOUT, last, 0.03, K, 1), executor));
			methods.put("MC-dropout", () -> estimate(raw, dropout, UncertaintySettings.monteCarloDropout(K, 1), executor));
			Runnable once = () -> predict(raw, plain, executor);
			once.run(); // warm-up: JIT and native libraries
			System.out.printf("%s, %d sections of %d x %d, K = %d, %d rounds%n", data.name(), sections, raw.dimension(0), raw.dimension(1), K, rounds);
			for (var m : methods.entrySet()) {
				double[] ratios = new double[rounds];
				for (int r = 0; r < rounds; r++) {
					double before = seconds(once), method = seconds(m.getValue()), after = seconds(once);
					ratios[r] = method / ((before + after) / 2);
				}
				Arrays.sort(ratios);
				System.out.printf("| %s | %.1fx | %s |%n", m.getKey(), ratios[rounds / 2], round(ratios));
			}
		} finally {
			executor.shutdownNow();
		}
	}

	private static double seconds(Runnable work) {
		long t0 = System.nanoTime();
		work.run();
		return (System.nanoTime() - t0) / 1e9;
	}

	private static void estimate(RandomAccessibleInterval<UnsignedByteType> raw, StoredModel model, UncertaintySettings s,
			ExecutorService executor) {
		var mean = ArrayImgs.floats(raw.dimensionsAsLongArray());
		var variance = ArrayImgs.floats(raw.dimensionsAsLongArray());
		UncertaintyEstimator.estimate(raw, model, s, mean, variance, EvaluateUncertainty.TILE, executor, EvaluateUncertainty.THREADS);
	}

	private static void predict(RandomAccessibleInterval<UnsignedByteType> raw, StoredModel model, ExecutorService executor) {
		var p = ArrayImgs.floats(raw.dimensionsAsLongArray());
		TiledInference.predict(raw, Dl4jBackend.of(model, EvaluateUncertainty.THREADS), model.info(), EvaluateUncertainty.TILE, p, executor);
	}

	private static List<Double> round(double[] values) {
		return Arrays.stream(values).map(v -> Math.round(v * 10) / 10.0).boxed().toList();
	}
}
