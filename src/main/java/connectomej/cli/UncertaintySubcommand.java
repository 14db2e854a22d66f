package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.BadInputException;
import connectomej.io.CsvTables;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.nn.InferenceBackend;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.uncertainty.ObjectUncertainty;
import connectomej.uncertainty.UncertaintyDefaults;
import connectomej.uncertainty.UncertaintyEstimator;
import connectomej.uncertainty.UncertaintyMethod;
import connectomej.uncertainty.UncertaintySettings;
import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code connectomej uncertainty}: mean and variance maps of a model's prediction under K perturbations, without
 * retraining (Mi et al. 2019, arXiv 1910.04858), and optionally the mean variance per segment. Every option and
 * input is checked before anything is computed or written.
 */
@Command(name = "uncertainty", description = "Uncertainty (variance) map of a 2D model's prediction, training-free.")
final class UncertaintySubcommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "INPUT", description = "raw EM volume (file.tif, folder, file.h5:/dataset)")
	String input;

	@Option(names = "--model", required = true, paramLabel = "FILE", description = "model .zip")
	Path model;

	@Option(names = "--method", defaultValue = "transformation",
		description = "transformation, noise, dropout or mc-dropout (default ${DEFAULT-VALUE})")
	String method;

	@Option(names = "--layer", description = "perturbed layer index (noise, dropout; default: the last hidden layer)")
	Integer layer;

	@Option(names = "--sigma", description = "noise standard deviation, activation units (default " + UncertaintyDefaults.SIGMA + ")")
	Double sigma;

	@Option(names = "--rate", description = "dropout rate in (0, 1) (default " + UncertaintyDefaults.RATE + ")")
	Double rate;

	@Option(names = "--samples", defaultValue = "8", paramLabel = "K", description = "samples, >= 2 (default ${DEFAULT-VALUE})")
	int samples;

	@Option(names = "--seed", defaultValue = "1", description = "seed of noise and dropout (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = { "-o", "--variance" }, required = true, paramLabel = "LOCATION", description = "variance map to write")
	String varianceOut;

	@Option(names = "--mean", paramLabel = "LOCATION", description = "mean probability map to write")
	String meanOut;

	@Option(names = "--segments", paramLabel = "LOCATION", description = "segment labels: write their mean variance as CSV")
	String segments;

	@Option(names = "--objects", paramLabel = "FILE", description = "per-object CSV (default: next to the variance map)")
	Path objects;

	@Option(names = "--tile", defaultValue = "256", description = "tile size, voxels (default ${DEFAULT-VALUE})")
	int tile;

	@Option(names = "--threads", defaultValue = "2", description = "tiles predicted at once (default ${DEFAULT-VALUE})")
	int threads;

	@Override
	public Integer call() throws Exception {
		StoredModel stored = ModelFiles.load(model, null, 1);
		InferenceBackend sampled = sampler(stored);
		Volume<? extends RealType<?>> raw = VolumeFiles.read(input);
		RandomAccessibleInterval<? extends IntegerType<?>> labels = segments == null ? null : segments(raw);
		ArrayImg<FloatType, ?> mean = ArrayImgs.floats(raw.dimensions()), variance = ArrayImgs.floats(raw.dimensions());
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			estimate(raw, sampled, stored, mean, variance, executor);
		} finally {
			executor.shutdownNow();
		}
		VolumeFiles.write(raw.with(variance), varianceOut);
		if (meanOut != null)
			VolumeFiles.write(raw.with(mean), meanOut);
		if (labels != null)
			CsvTables.write(ObjectUncertainty.table(ObjectUncertainty.of(labels, variance)), objectsFile());
		return 0;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void estimate(Volume<? extends RealType<?>> raw, InferenceBackend sampled, StoredModel stored,
			ArrayImg<FloatType, ?> mean, ArrayImg<FloatType, ?> variance, ExecutorService executor) {
		UncertaintyEstimator.estimate((RandomAccessibleInterval) raw.data(), sampled, stored.info(), mean, variance, tile,
				executor);
	}

	/** The settings checked against the options and the model; BadInputException names the problem. */
	private InferenceBackend sampler(StoredModel stored) {
		if (stored.info().outputChannelCount() != 1 || stored.info().dimensions() != 2)
			throw new BadInputException(model, "uncertainty maps need a 2D model with one output channel");
		UncertaintySettings settings;
		try {
			settings = settings(UncertaintyMethod.of(method), stored);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, e.getMessage());
		}
		try {
			return UncertaintyEstimator.backend(stored, settings, Math.max(1, threads));
		} catch (BadInputException e) {
			throw new BadInputException(model, e.getMessage());
		}
	}

	private UncertaintySettings settings(UncertaintyMethod m, StoredModel stored) {
		if (m != UncertaintyMethod.NOISE && sigma != null || m != UncertaintyMethod.DROPOUT && rate != null)
			throw new IllegalArgumentException("--sigma is for --method noise and --rate for --method dropout only");
		if ((m == UncertaintyMethod.TRANSFORMATION || m == UncertaintyMethod.MC_DROPOUT) && layer != null)
			throw new IllegalArgumentException("--layer is for --method noise or dropout only");
		int at = layer != null ? layer : UncertaintyDefaults.layer(stored.network());
		return switch (m) {
			case TRANSFORMATION -> UncertaintySettings.transformation(samples);
			case NOISE -> UncertaintySettings.noise(at, sigma != null ? sigma : UncertaintyDefaults.SIGMA, samples, seed);
			case DROPOUT -> UncertaintySettings.dropout(at, rate != null ? rate : UncertaintyDefaults.RATE, samples, seed);
			case MC_DROPOUT -> UncertaintySettings.monteCarloDropout(samples, seed);
		};
	}

	private RandomAccessibleInterval<? extends IntegerType<?>> segments(Volume<? extends RealType<?>> raw) throws Exception {
		Path file = VolumeLocation.parse(segments).file();
		Volume<? extends RealType<?>> s = VolumeFiles.read(segments);
		if (!Intervals.equalDimensions(s.data(), raw.data()))
			throw new BadInputException(file, "segments are " + s.width() + " x " + s.height() + " x " + s.depth()
					+ ", the input " + raw.width() + " x " + raw.height() + " x " + raw.depth() + " (x, y, z)");
		return LabelVolumes.of(s.data(), file);
	}

	private Path objectsFile() {
		if (objects != null)
			return objects;
		Path variance = VolumeLocation.parse(varianceOut).file();
		String name = variance.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		return variance.resolveSibling(name + "-objects.csv");
	}
}
