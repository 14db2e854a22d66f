package connectomej.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.deeplearning4j.nn.graph.ComputationGraph;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.io.BadInputException;
import connectomej.nn.Dl4jBackend;
import connectomej.nn.InferenceBackend;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;
import connectomej.progress.StageCounter;

/**
 * Mean and variance maps of a model's prediction under K perturbations (Mi et al. 2019, "Training-free uncertainty
 * estimation for dense regression: sensitivity as a surrogate", arXiv 1910.04858, AAAI 2022), or under Monte Carlo
 * dropout. The perturbed model is one more {@link InferenceBackend}: tiles are predicted K times and combined, so the
 * volume is read once, tiled with the model's halo like plain inference.
 */
public final class UncertaintyEstimator {

	private UncertaintyEstimator() {}

	/**
	 * The sampling backend: 2c output channels, the c means then the c variances.
	 *
	 * @param model the trained model, unchanged
	 * @param settings method, layer, amount, samples
	 * @param concurrency network copies (tiles predicted at once), >= 1
	 * @throws BadInputException if the layer index is not one of the model's, or for Monte Carlo dropout when the
	 *         model has no training dropout
	 */
	public static InferenceBackend backend(StoredModel model, UncertaintySettings settings, int concurrency) {
		int in = model.info().inputChannels(), out = model.info().outputChannelCount();
		List<InferenceBackend> samples = new ArrayList<>();
		switch (settings.method()) {
			case TRANSFORMATION -> {
				InferenceBackend plain = Dl4jBackend.of(model, concurrency);
				for (AxisSymmetry s : AxisSymmetry.all(2).subList(0, settings.samples()))
					samples.add(new SymmetryBackend(plain, s));
			}
			case NOISE, DROPOUT -> seeded(new Dl4jBackend(PerturbedNetworks.perturbed(model.network(),
					settings.perturbation()), in, out, concurrency), settings, samples);
			case MC_DROPOUT -> {
				requireTrainingDropout(model.network());
				seeded(MonteCarloDropoutBackend.of(model.network(), in, out, concurrency), settings, samples);
			}
		}
		return new SampledBackend(samples);
	}

	private static void requireTrainingDropout(ComputationGraph network) {
		for (var layer : network.getLayers())
			if (layer.conf().getLayer().getIDropout() != null)
				return;
		throw new BadInputException(null, "mc-dropout needs a model trained with dropout, this one has none: "
				+ "use transformation, noise or dropout");
	}

	private static void seeded(InferenceBackend stochastic, UncertaintySettings settings, List<InferenceBackend> into) {
		for (int k = 0; k < settings.samples(); k++)
			into.add(new SeededBackend(stochastic, settings.seed() + k));
	}

	/**
	 * Writes the mean and variance maps of a one-output model over {@code raw}.
	 *
	 * @param raw EM volume, axes x, y, z
	 * @param model a 2D model with one output channel
	 * @param settings method, layer, amount, samples
	 * @param mean mean probability per voxel, same dimensions as {@code raw}
	 * @param variance sample variance (divided by K - 1) of the probability per voxel, same dimensions
	 * @param tileSize tile core size along x and y, voxels
	 * @param executor runs the tiles of a section; its thread count should not exceed {@code concurrency}
	 * @param concurrency network copies kept
	 */
	public static <T extends RealType<T>> void estimate(RandomAccessibleInterval<T> raw, StoredModel model,
			UncertaintySettings settings, RandomAccessibleInterval<FloatType> mean,
			RandomAccessibleInterval<FloatType> variance, int tileSize, ExecutorService executor, int concurrency) {
		estimate(raw, backend(model, settings, concurrency), model.info(), mean, variance, tileSize, executor);
	}

	/**
	 * As {@link #estimate(RandomAccessibleInterval, StoredModel, UncertaintySettings, RandomAccessibleInterval,
	 * RandomAccessibleInterval, int, ExecutorService, int)} with a sampling backend made by {@link #backend}.
	 *
	 * @param info the model's description (normalization, receptive field, size multiple)
	 */
	public static <T extends RealType<T>> void estimate(RandomAccessibleInterval<T> raw, InferenceBackend sampled,
			ModelInfo info, RandomAccessibleInterval<FloatType> mean, RandomAccessibleInterval<FloatType> variance,
			int tileSize, ExecutorService executor) {
		estimate(raw, sampled, info, mean, variance, tileSize, executor, null);
	}

	/**
	 * As {@link #estimate(RandomAccessibleInterval, InferenceBackend, ModelInfo, RandomAccessibleInterval,
	 * RandomAccessibleInterval, int, ExecutorService)}, counting each finished section on {@code sections} (may be
	 * null).
	 *
	 * @throws connectomej.progress.CanceledException when the counter's listener asks to stop
	 */
	public static <T extends RealType<T>> void estimate(RandomAccessibleInterval<T> raw, InferenceBackend sampled,
			ModelInfo info, RandomAccessibleInterval<FloatType> mean, RandomAccessibleInterval<FloatType> variance,
			int tileSize, ExecutorService executor, StageCounter sections) {
		if (sampled.outputChannels() != 2)
			throw new IllegalArgumentException("mean and variance maps need a one-channel model");
		TiledInference.predict(raw, sampled, info, tileSize, Views.stack(mean, variance), executor, sections);
	}
}
