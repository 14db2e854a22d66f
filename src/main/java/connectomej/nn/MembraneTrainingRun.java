package connectomej.nn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.progress.ProgressListener;

/**
 * One training run of a membrane network from the user's choices to a model file, as {@code connectomej train} and
 * the "Train Membrane Model" command do it: a fresh network of the chosen family, {@link MembraneTrainer} with
 * checkpoints (in a temporary folder unless one is given), the best model written to the output file.
 */
public final class MembraneTrainingRun {

	/**
	 * @param family network family
	 * @param width feature maps per layer (shallow) or at full resolution (unet); null = the family's default
	 * @param depth convolution layers (shallow) or resolution levels (unet), 1..8; null = default
	 * @param patchSize training patch side, voxels; null = the family's default
	 * @param batchSize patches per step
	 * @param learningRate Adam learning rate
	 * @param epochs maximum epochs
	 * @param stepsPerEpoch batches per epoch
	 * @param patience epochs without a better validation F1 before stopping
	 * @param intensity contrast / brightness / noise augmentation, 0 = off
	 * @param timeLimit start no epoch that would end after this; null = none
	 * @param seed seed of initialisation, sampling and augmentation
	 * @param checkpoints checkpoint folder, or null for a temporary one removed at the end
	 * @param resume continue the run in {@code checkpoints}
	 * @param threads threads for validation
	 * @param contextSections input sections, odd: 1 = 2D, c > 1 = the c sections centred on the predicted one (2.5D)
	 * @param learningRateDecay factor applied to the learning rate after each epoch; 1 = constant
	 * @param weightAverage 0 = off; else the per-step decay, in (0, 1), of the moving average of the weights that is
	 *        validated and kept ({@link MembraneTrainer})
	 * @param downsample in-plane factor, 1..8: the network learns and predicts sections averaged over blocks of this many
	 *        voxels squared ({@link ModelInfo#inputDownsampling()}); 1 = full resolution; 2D (one context section) only
	 */
	public record Options(MembraneModels family, Integer width, Integer depth, Integer patchSize, int batchSize,
			double learningRate, int epochs, int stepsPerEpoch, int patience, double intensity, Duration timeLimit, long seed,
			Path checkpoints, boolean resume, int threads, int contextSections, double learningRateDecay, double weightAverage,
			int downsample) {

		/** Options of a network that sees the data at full resolution. */
		public Options(MembraneModels family, Integer width, Integer depth, Integer patchSize, int batchSize,
				double learningRate, int epochs, int stepsPerEpoch, int patience, double intensity, Duration timeLimit,
				long seed, Path checkpoints, boolean resume, int threads, int contextSections, double learningRateDecay,
				double weightAverage) {
			this(family, width, depth, patchSize, batchSize, learningRate, epochs, stepsPerEpoch, patience, intensity,
					timeLimit, seed, checkpoints, resume, threads, contextSections, learningRateDecay, weightAverage, 1);
		}

		/** Options without weight averaging. */
		public Options(MembraneModels family, Integer width, Integer depth, Integer patchSize, int batchSize,
				double learningRate, int epochs, int stepsPerEpoch, int patience, double intensity, Duration timeLimit,
				long seed, Path checkpoints, boolean resume, int threads, int contextSections, double learningRateDecay) {
			this(family, width, depth, patchSize, batchSize, learningRate, epochs, stepsPerEpoch, patience, intensity,
					timeLimit, seed, checkpoints, resume, threads, contextSections, learningRateDecay, 0);
		}

		/** Options of a 2D network trained at a constant learning rate. */
		public Options(MembraneModels family, Integer width, Integer depth, Integer patchSize, int batchSize,
				double learningRate, int epochs, int stepsPerEpoch, int patience, double intensity, Duration timeLimit,
				long seed, Path checkpoints, boolean resume, int threads) {
			this(family, width, depth, patchSize, batchSize, learningRate, epochs, stepsPerEpoch, patience, intensity,
					timeLimit, seed, checkpoints, resume, threads, 1, 1);
		}

		/**
		 * Refuses options out of their ranges, before any data is read; what depends on the data or the family's size
		 * multiple is checked when training starts.
		 *
		 * @throws BadInputException naming the first option out of range (command-line spelling)
		 */
		public void check() {
			BadInputException.require((width == null || width >= 1) && (depth == null || depth >= 1 && depth <= 8),
					"--width must be >= 1 and --depth in 1..8");
			BadInputException.require(patchSize == null || patchSize >= 8, "--patch-size " + patchSize + " must be >= 8");
			BadInputException.require(batchSize >= 1, "--batch-size " + batchSize + " must be >= 1");
			BadInputException.require(learningRate > 0 && Double.isFinite(learningRate),
					"--learning-rate " + learningRate + " must be > 0");
			BadInputException.require(epochs >= 1, "--epochs " + epochs + " must be >= 1");
			BadInputException.require(stepsPerEpoch >= 1, "--steps-per-epoch " + stepsPerEpoch + " must be >= 1");
			BadInputException.require(patience >= 1, "--patience " + patience + " must be >= 1");
			BadInputException.require(intensity >= 0 && Double.isFinite(intensity),
					"--augment-intensity " + intensity + " must be >= 0 (0 = off)");
			BadInputException.require(timeLimit == null || !timeLimit.isNegative() && !timeLimit.isZero(),
					"--time-limit must be more than 0 minutes");
			BadInputException.require(contextSections >= 1 && contextSections % 2 == 1,
					"--context-sections " + contextSections + " must be odd");
			BadInputException.require(learningRateDecay > 0 && learningRateDecay <= 1,
					"--learning-rate-decay " + learningRateDecay + " must be in (0, 1]");
			BadInputException.require(weightAverage == 0 || weightAverage > 0 && weightAverage < 1, "--weight-average " + weightAverage
					+ " must be 0 (off) or in (0, 1), e.g. 0.999");
			BadInputException.require(downsample >= 1 && downsample <= 8 && (downsample == 1 || contextSections == 1),
					"--downsample " + downsample
					+ " must be in 1..8, and 1 with --context-sections > 1");
		}

		/** The defaults of {@code connectomej train} for a family. */
		public static Options defaults(MembraneModels family) {
			return new Options(family, null, null, null, 16, 0.001, 30, 100, 5, 0.1, null, 1, null, false,
					Runtime.getRuntime().availableProcessors());
		}
	}

	private MembraneTrainingRun() {}

	/**
	 * The network family of a name.
	 *
	 * @param name "shallow" or "unet", any case
	 * @throws BadInputException for other names
	 */
	public static MembraneModels family(String name) {
		try {
			return MembraneModels.valueOf(name.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, "--model " + name + " is unknown (shallow or unet)");
		}
	}

	/**
	 * Trains and writes the best model (by validation pixel F1) to {@code output}.
	 *
	 * @param data the training and validation sections
	 * @param training what the model is trained on and how it was asked for, for its description
	 * @param progress told after each epoch; an exception from it stops the run and writes no model
	 * @return the best model
	 * @throws BadInputException for invalid options or a checkpoint folder that holds another run
	 */
	public static StoredModel train(TrainingSections data, ModelInfo.Training training, Options o, Path output,
			Consumer<MembraneTrainer.Progress> progress) throws IOException {
		return train(data, training, MembranePredictor.TASK, o, output, progress);
	}

	/**
	 * Like {@link #train(TrainingSections, ModelInfo.Training, Options, Path, Consumer)} for another per-pixel task.
	 *
	 * @param task what the model predicts: membrane, cleft or vesicle (recorded in the model file)
	 */
	public static StoredModel train(TrainingSections data, ModelInfo.Training training, String task, Options o, Path output,
			Consumer<MembraneTrainer.Progress> progress) throws IOException {
		o.check();
		MembraneModels family = o.family();
		int w = o.width() != null ? o.width() : family.defaultWidth(), d = o.depth() != null ? o.depth() : family.defaultDepth();
		if (o.contextSections() > data.raw().depth())
			throw new BadInputException(null, "--context-sections " + o.contextSections() + " must be odd and at most the "
					+ data.raw().depth() + " sections");
		int patch = o.patchSize() != null ? o.patchSize() : family.defaultPatchSize();
		if (patch < 8 || patch % family.sizeMultiple(d) != 0)
			throw new BadInputException(null, "--patch-size " + patch + " must be >= 8 and a multiple of " + family.sizeMultiple(d));
		Path folder = checkpointFolder(o);
		ComputationGraph network = family.create(w, d, o.contextSections(), o.seed(), o.learningRate());
		ModelInfo template = family.describe(network, d, o.contextSections(), data.raw().voxelSize(), patch, training).withTask(task)
				.withInputDownsampling(o.downsample());
		ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, o.threads()));
		try {
			StoredModel best = new MembraneTrainer(settings(o, patch, data.validationSections(), folder)).train(network,
					template, data.raw(), data.membrane(), progress, executor);
			ModelFiles.save(output, best.network(), best.info(), false);
			return best;
		} finally {
			executor.shutdownNow();
			if (o.checkpoints() == null)
				AtomicFiles.deleteRecursively(folder);
		}
	}

	/** Epoch progress as stage "training", one unit per epoch; checks the listener for cancellation. */
	public static Consumer<MembraneTrainer.Progress> reportingTo(ProgressListener listener) {
		return p -> {
			listener.progress("training", p.epoch(), p.epochs());
			listener.checkCanceled();
		};
	}

	private static Path checkpointFolder(Options o) throws IOException {
		if (o.resume() && o.checkpoints() == null)
			throw new BadInputException(null, "--resume needs --checkpoints DIR");
		if (o.checkpoints() == null)
			return Files.createTempDirectory("connectomej-train-");
		if (!o.resume() && Files.exists(o.checkpoints().resolve("last.zip")))
			throw new BadInputException(o.checkpoints(), "holds a previous run: pass --resume to continue it, or choose another folder");
		return o.checkpoints();
	}

	private static MembraneTrainer.Settings settings(Options o, int patch, int validationCount, Path folder) {
		return new MembraneTrainer.Settings(patch, o.batchSize(), o.learningRate(), o.epochs(), o.stepsPerEpoch(),
				validationCount, o.patience(), o.seed(), o.intensity(), folder, o.timeLimit(), o.contextSections(),
				o.learningRateDecay(), o.weightAverage());
	}
}
