package connectomej.nn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

import connectomej.volume.Volume;

/**
 * Trains a one-output membrane network from a raw volume and a binary label volume (non-zero = membrane):
 * class-balanced patches with dihedral and intensity / noise augmentation from the training sections, validation
 * on the last sections (pixel F1 and ROC AUC), early stopping, checkpoints in a folder and resume from them.
 * Seeded: each epoch draws its patches from its own seed, so a resumed run sees the patches an uninterrupted one
 * would. Batch size and learning rate follow Rolnick et al. 2017 (arXiv 1705.10694): larger batches tolerate noisy
 * labels, with the learning rate scaled accordingly.
 * <p>
 * With weight averaging on, the network trains as usual and a moving average of its weights is what is validated and
 * kept ({@code average.zip} in the checkpoint folder holds it for resuming).
 * <p>
 * A network with c > 1 input channels is trained 2.5D: each patch holds the c sections centred on the labelled one
 * ({@link PatchSampler}), as {@link TiledInference} feeds them when it predicts.
 */
public final class MembraneTrainer {

	/**
	 * @param patchSize square patch side, voxels; a multiple of the network's size multiple
	 * @param batchSize patches per step
	 * @param learningRate Adam learning rate
	 * @param epochs maximum number of epochs
	 * @param stepsPerEpoch batches per epoch
	 * @param validationSections number of last sections held out for validation, >= 1
	 * @param patience epochs without a better validation F1 before stopping
	 * @param seed seed of patch sampling and augmentation
	 * @param intensityAugmentation contrast / brightness / noise amount in normalized units (0 = none)
	 * @param checkpoints folder for {@code last.zip}, {@code best.zip} and {@code state.properties}
	 * @param timeLimit no new epoch starts that would, at the run's mean epoch time so far, end after this much time
	 *        from the start of this run; null = no limit
	 * @param contextSections input sections per patch, odd: 1 = the section alone (2D), c > 1 = the c sections centred
	 *        on the predicted one (2.5D)
	 * @param learningRateDecay factor per epoch: epoch e (1-based) trains at {@code learningRate * decay^(e - 1)}; 1 =
	 *        constant
	 * @param weightAverageDecay 0 = off; else the per-step decay, in (0, 1), of a moving average of the weights
	 *        ({@link WeightAverage}) that validation, {@code best.zip} and the result use
	 */
	public record Settings(int patchSize, int batchSize, double learningRate, int epochs, int stepsPerEpoch,
			int validationSections, int patience, long seed, double intensityAugmentation, Path checkpoints,
			Duration timeLimit, int contextSections, double learningRateDecay, double weightAverageDecay) {

		/** Settings without weight averaging. */
		public Settings(int patchSize, int batchSize, double learningRate, int epochs, int stepsPerEpoch,
				int validationSections, int patience, long seed, double intensityAugmentation, Path checkpoints,
				Duration timeLimit, int contextSections, double learningRateDecay) {
			this(patchSize, batchSize, learningRate, epochs, stepsPerEpoch, validationSections, patience, seed,
					intensityAugmentation, checkpoints, timeLimit, contextSections, learningRateDecay, 0);
		}

		/** Settings of a 2D network trained at a constant learning rate. */
		public Settings(int patchSize, int batchSize, double learningRate, int epochs, int stepsPerEpoch,
				int validationSections, int patience, long seed, double intensityAugmentation, Path checkpoints,
				Duration timeLimit) {
			this(patchSize, batchSize, learningRate, epochs, stepsPerEpoch, validationSections, patience, seed,
					intensityAugmentation, checkpoints, timeLimit, 1, 1);
		}

		/** The learning rate of an epoch, 1-based. */
		public double learningRate(int epoch) {
			return learningRate * Math.pow(learningRateDecay, epoch - 1);
		}

		/** Settings without a time limit. */
		public Settings(int patchSize, int batchSize, double learningRate, int epochs, int stepsPerEpoch,
				int validationSections, int patience, long seed, double intensityAugmentation, Path checkpoints) {
			this(patchSize, batchSize, learningRate, epochs, stepsPerEpoch, validationSections, patience, seed,
					intensityAugmentation, checkpoints, null);
		}
	}

	/**
	 * @param epoch epochs finished, 1-based
	 * @param loss training loss of the epoch's last batch, per pixel (binary cross-entropy, nats)
	 * @param validationF1 pixel F1 at 0.5 on the validation sections
	 * @param validationAuc pixel ROC AUC on the validation sections
	 * @param eta estimated time to the last epoch
	 */
	public record Progress(int epoch, int epochs, double loss, double validationF1, double validationAuc, Duration eta) {}

	private final Settings settings;

	public MembraneTrainer(Settings settings) {
		this.settings = settings;
	}

	/**
	 * Trains, or resumes from the checkpoint folder when it holds a run.
	 *
	 * @param network a fresh one-output network (ignored when resuming)
	 * @param template its description; patch size and metrics are filled in. With an input downsampling f > 1 the net
	 *        learns and is validated on f x f block means of {@code raw} and coarsened labels ({@link InputDownsampling})
	 * @param raw EM volume, axes x, y, z, at the data's resolution
	 * @param labels same dimensions, non-zero = membrane (or the task's positive class)
	 * @param progress called after each epoch
	 * @param executor runs validation tiles
	 * @return the model with the best validation F1 (also in {@code best.zip}); with weight averaging, the best
	 *         averaged weights
	 */
	public StoredModel train(ComputationGraph network, ModelInfo template, Volume<UnsignedByteType> raw,
			RandomAccessibleInterval<? extends IntegerType<?>> labels, Consumer<Progress> progress,
			ExecutorService executor) throws IOException {
		int f = template.inputDownsampling();
		if (f > 1) {
			raw = InputDownsampling.raw(raw, f);
			labels = InputDownsampling.labels(labels, f);
		}
		long lastTrain = raw.data().max(2) - settings.validationSections();
		if (lastTrain < raw.data().min(2))
			throw new IllegalArgumentException("need more sections than the " + settings.validationSections() + " for validation");
		Files.createDirectories(settings.checkpoints());
		TrainingState state = TrainingState.read(settings.checkpoints());
		int channels = settings.contextSections();
		if (template.inputChannels() != channels)
			throw new IllegalArgumentException("the network reads " + template.inputChannels() + " sections, the settings ask for " + channels);
		ComputationGraph net = state.epoch() > 0 ? ModelFiles.load(last(), template.task(), channels).network() : network;
		ModelInfo info = withPatch(template);
		PatchSampler sampler = new PatchSampler(raw.data(), labels, raw.data().min(2), lastTrain, info.normalization(), channels);
		Validation validation = new Validation(raw.data(), labels, lastTrain + 1, executor);
		WeightAverage average = weightAverage(net, state);
		long start = System.nanoTime();
		for (int epoch = state.epoch() + 1; epoch <= settings.epochs() && state.badEpochs() < settings.patience()
				&& !outOfTime(start, epoch - 1 - state.resumedFrom()); epoch++) {
			net.setLearningRate(settings.learningRate(epoch));
			double loss = epoch(net, sampler, new Random(settings.seed() * 1_000_003L + epoch), average);
			Validated v = validate(net, average, validation, info, state);
			ModelFiles.save(last(), net, v.scored(), true);
			state = state.next(epoch, v.metrics().f1(0.5), v.metrics().auc(), v.better());
			state.write(settings.checkpoints());
			progress.accept(new Progress(epoch, settings.epochs(), loss, v.metrics().f1(0.5), v.metrics().auc(),
					eta(start, epoch - (int) state.resumedFrom(), settings.epochs() - epoch)));
		}
		return ModelFiles.load(best(), template.task(), 0);
	}

	/** An epoch's validation: its metrics, the description carrying them, and whether it beat the best so far. */
	private record Validated(PixelMetrics metrics, ModelInfo scored, boolean better) {}

	/**
	 * Validates the network, or its weight average when there is one, and saves what was validated as
	 * {@code best.zip} when it beats the best so far (and as {@code average.zip}); the network keeps its own weights.
	 */
	private Validated validate(ComputationGraph net, WeightAverage average, Validation validation, ModelInfo info,
			TrainingState state) throws IOException {
		INDArray own = average == null ? null : average.swapInto(net);
		try {
			PixelMetrics m = validation.measure(net, info);
			ModelInfo scored = info.withMetrics(Map.of("pixel_f1", m.f1(0.5), "pixel_auc", m.auc()));
			boolean better = state.improvedBy(m.f1(0.5), m.auc());
			if (better)
				ModelFiles.save(best(), net, scored, false);
			if (average != null)
				ModelFiles.save(averaged(), net, scored, false);
			return new Validated(m, scored, better);
		} finally {
			if (own != null)
				net.setParams(own);
		}
	}

	/** The run's weight average, or null when off: from the network, or from {@code average.zip} when resuming. */
	private WeightAverage weightAverage(ComputationGraph net, TrainingState state) {
		if (settings.weightAverageDecay() == 0)
			return null;
		long stepsDone = (long) state.epoch() * settings.stepsPerEpoch();
		INDArray start = state.epoch() > 0 && Files.exists(averaged())
				? ModelFiles.load(averaged(), null, 0).network().params()
				: net.params();
		return new WeightAverage(settings.weightAverageDecay(), start, stepsDone);
	}

	private boolean outOfTime(long startNanos, long epochsDone) {
		if (settings.timeLimit() == null || epochsDone == 0)
			return false;
		long elapsed = System.nanoTime() - startNanos;
		return elapsed + elapsed / epochsDone > settings.timeLimit().toNanos();
	}

	private double epoch(ComputationGraph net, PatchSampler sampler, Random random, WeightAverage average) {
		int n = settings.patchSize(), b = settings.batchSize(), c = settings.contextSections();
		for (int step = 0; step < settings.stepsPerEpoch(); step++) {
			float[] x = new float[b * c * n * n], y = new float[b * n * n];
			for (int i = 0; i < b; i++) {
				float[][] p = sampler.sample(n, random.nextBoolean(), settings.intensityAugmentation(), random);
				System.arraycopy(p[0], 0, x, i * c * n * n, c * n * n);
				System.arraycopy(p[1], 0, y, i * n * n, n * n);
			}
			net.fit(new DataSet(Nd4j.create(x, new long[] { b, c, n, n }, 'c'), Nd4j.create(y, new long[] { b, 1, n, n }, 'c')));
			if (average != null)
				average.update(net);
		}
		return net.score() / (n * n);
	}

	private ModelInfo withPatch(ModelInfo t) {
		return new ModelInfo(t.formatVersion(), t.task(), t.dimensions(), t.inputChannels(), t.outputChannels(),
				t.normalization(), t.voxelSize(), new int[] { settings.patchSize(), settings.patchSize() },
				t.receptiveField(), t.sizeMultiple(), t.training(), t.validationMetrics(), t.inputDownsampling());
	}

	private static Duration eta(long startNanos, int epochsDone, int epochsLeft) {
		return Duration.ofNanos((System.nanoTime() - startNanos) / Math.max(1, epochsDone) * epochsLeft);
	}

	private Path last() {
		return settings.checkpoints().resolve("last.zip");
	}

	private Path averaged() {
		return settings.checkpoints().resolve("average.zip");
	}

	private Path best() {
		return settings.checkpoints().resolve("best.zip");
	}

	/** Predicts the validation sections and compares them with the labels. */
	private record Validation(RandomAccessibleInterval<UnsignedByteType> raw,
			RandomAccessibleInterval<? extends IntegerType<?>> labels, long firstSection, ExecutorService executor) {

		PixelMetrics measure(ComputationGraph net, ModelInfo info) {
			long[] min = raw.minAsLongArray(), max = raw.maxAsLongArray();
			min[2] = firstSection;
			var part = Views.interval(raw, min, max);
			var out = ArrayImgs.floats(part.dimensionsAsLongArray());
			TiledInference.predict(part, new Dl4jBackend(net, info.inputChannels(), 1, 1), info.withInputDownsampling(1),
					MembranePredictor.DEFAULT_TILE_SIZE, out, executor);
			PixelMetrics m = new PixelMetrics();
			var p = out.cursor();
			var l = Views.flatIterable(Views.interval(labels, min, max)).cursor();
			while (p.hasNext())
				m.add(p.next().get(), l.next().getIntegerLong() != 0);
			return m;
		}
	}
}
