package connectomej.uncertainty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;

import connectomej.io.BadInputException;
import connectomej.io.EightBitEm;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.nn.InferenceBackend;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.progress.ProgressListener;
import connectomej.progress.StageCounter;
import connectomej.volume.Volume;

/**
 * Uncertainty maps from files, as the command line and the Fiji command make them (training-free perturbations, Mi
 * et al. 2019, arXiv 1910.04858): model, settings, volume and segments are read and checked before anything is
 * computed; nothing is written.
 */
public final class UncertaintyFiles {

	/** Names of the maps and the per-object table inside an output folder (the command line's default names). */
	public static final String VARIANCE = "variance.tif", MEAN = "mean.tif", OBJECTS = "variance-objects.csv";

	/** The command line's default tile size, voxels, and tiles predicted at once. */
	public static final int TILE = 256, THREADS = 2;

	/**
	 * What to sample, as the user gives it.
	 *
	 * @param method transformation, noise, dropout or mc-dropout
	 * @param layer perturbed layer index, or null for the default ({@link UncertaintyDefaults#layer}); noise, dropout
	 * @param sigma noise standard deviation in activation units, or null for the default; noise only
	 * @param rate dropout rate in (0, 1), or null for the default; dropout only
	 * @param samples K >= 2
	 * @param seed seed of noise and dropout
	 */
	public record Request(String method, Integer layer, Double sigma, Double rate, int samples, long seed) {}

	/**
	 * The maps over the input volume (zero-min), with its voxel size.
	 *
	 * @param mean mean probability per voxel
	 * @param variance sample variance of the probability per voxel
	 * @param objects per-segment aggregates, most uncertain first; null when no segments were given
	 */
	public record Maps(Volume<FloatType> mean, Volume<FloatType> variance, List<ObjectUncertainty> objects) {}

	private UncertaintyFiles() {}

	/**
	 * Mean and variance maps of a 2D one-output model's prediction over an EM volume; a 2.5D model (c input
	 * sections) reads each section with its neighbours, mirrored at the ends of the volume.
	 *
	 * @param input EM volume location (file.tif, folder, file.h5:/dataset), axes x, y, z
	 * @param model model .zip
	 * @param segments label volume location of the same size, or null
	 * @param tile tile size, voxels, >= 1
	 * @param threads tiles predicted at once, >= 1
	 * @param progress counts finished sections; may cancel between them
	 * @throws BadInputException for a tile size below 1 (before anything is read), a model that is not 2D with one
	 *         output, settings that do not fit the method or the model, segments of another size, and every problem of
	 *         reading the files
	 */
	public static Maps estimate(String input, Path model, Request request, String segments, int tile, int threads,
			ProgressListener progress) throws IOException {
		if (tile < 1)
			throw new BadInputException(null, "--tile " + tile + ": the tile size must be at least 1 voxel");
		StoredModel stored = ModelFiles.load(model, null, 0);
		InferenceBackend sampled = sampler(stored, model, request, Math.max(1, threads));
		Volume<? extends RealType<?>> raw = EightBitEm.read(input);
		RandomAccessibleInterval<? extends IntegerType<?>> labels = segments == null ? null : segments(segments, raw);
		ArrayImg<FloatType, ?> mean = ArrayImgs.floats(raw.dimensions()), variance = ArrayImgs.floats(raw.dimensions());
		ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			estimate(raw, sampled, stored, mean, variance, tile, executor, progress);
		} finally {
			executor.shutdownNow();
		}
		return new Maps(raw.with(mean), raw.with(variance), labels == null ? null : ObjectUncertainty.of(labels, variance));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void estimate(Volume<? extends RealType<?>> raw, InferenceBackend sampled, StoredModel stored,
			ArrayImg<FloatType, ?> mean, ArrayImg<FloatType, ?> variance, int tile, ExecutorService executor,
			ProgressListener progress) {
		StageCounter sections = new StageCounter(progress, "uncertainty", raw.depth());
		UncertaintyEstimator.estimate((RandomAccessibleInterval) raw.data(), sampled, stored.info(), mean, variance, tile,
				executor, sections);
	}

	/** The sampling backend, the request checked against the model; BadInputException names the problem. */
	private static InferenceBackend sampler(StoredModel stored, Path model, Request request, int threads) {
		if (stored.info().outputChannelCount() != 1 || stored.info().dimensions() != 2)
			throw new BadInputException(model, "uncertainty maps need a 2D model with one output channel");
		UncertaintySettings settings;
		try {
			settings = settings(UncertaintyMethod.of(request.method()), request, stored);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, e.getMessage());
		}
		try {
			return UncertaintyEstimator.backend(stored, settings, threads);
		} catch (BadInputException e) {
			throw new BadInputException(model, e.getMessage());
		}
	}

	private static UncertaintySettings settings(UncertaintyMethod m, Request r, StoredModel stored) {
		if (m != UncertaintyMethod.NOISE && r.sigma() != null || m != UncertaintyMethod.DROPOUT && r.rate() != null)
			throw new IllegalArgumentException("--sigma is for --method noise and --rate for --method dropout only");
		if ((m == UncertaintyMethod.TRANSFORMATION || m == UncertaintyMethod.MC_DROPOUT) && r.layer() != null)
			throw new IllegalArgumentException("--layer is for --method noise or dropout only");
		int at = r.layer() != null ? r.layer() : UncertaintyDefaults.layer(stored.network());
		return switch (m) {
			case TRANSFORMATION -> UncertaintySettings.transformation(r.samples());
			case NOISE -> UncertaintySettings.noise(at, r.sigma() != null ? r.sigma() : UncertaintyDefaults.SIGMA, r.samples(), r.seed());
			case DROPOUT -> UncertaintySettings.dropout(at, r.rate() != null ? r.rate() : UncertaintyDefaults.RATE, r.samples(), r.seed());
			case MC_DROPOUT -> UncertaintySettings.monteCarloDropout(r.samples(), r.seed());
		};
	}

	private static RandomAccessibleInterval<? extends IntegerType<?>> segments(String location, Volume<? extends RealType<?>> raw)
			throws IOException {
		Path file = VolumeLocation.parse(location).file();
		Volume<? extends RealType<?>> s = VolumeFiles.read(location);
		if (!Intervals.equalDimensions(s.data(), raw.data()))
			throw new BadInputException(file, "segments are " + s.width() + " x " + s.height() + " x " + s.depth()
					+ ", the input " + raw.width() + " x " + raw.height() + " x " + raw.depth() + " (x, y, z)");
		return LabelVolumes.of(s.data(), file);
	}
}
