package connectomej.nn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.BadInputException;
import connectomej.io.SectionSink;
import connectomej.io.SectionSource;
import connectomej.progress.ProgressListener;

/**
 * Membrane probability maps of whole volumes, as {@code connectomej predict} and the "Predict Membranes" command
 * make them: a 2D one-output model (the shipped one unless another is given) applied block of sections by block of
 * sections ({@link SectionBlockInference}).
 */
public final class MembraneMaps {

	/**
	 * @param tileSize tile core size in x and y, voxels, >= 1
	 * @param blockDepth sections held in memory at once, >= 1
	 * @param threads tiles predicted at once, >= 1
	 * @param dihedral average each tile over its eight rotations and flips ({@link DihedralAveraging}; 8x the time)
	 */
	public record Settings(int tileSize, int blockDepth, int threads, boolean dihedral) {

		/** One prediction per tile (no test-time augmentation). */
		public Settings(int tileSize, int blockDepth, int threads) {
			this(tileSize, blockDepth, threads, false);
		}

		/** Default tiles and blocks, one thread per processor. */
		public static Settings defaults() {
			return new Settings(MembranePredictor.DEFAULT_TILE_SIZE, SectionBlockInference.DEFAULT_BLOCK_DEPTH,
					Runtime.getRuntime().availableProcessors());
		}

		/**
		 * Refuses tiles, blocks or threads below one before anything is read, naming the option (command-line spelling).
		 *
		 * @throws BadInputException for the first setting out of range
		 */
		public void check() {
			BadInputException.require(tileSize >= 1, "--tile-size " + tileSize + ": the tile core must be at least 1 voxel");
			BadInputException.require(blockDepth >= 1, "--block-depth " + blockDepth + ": at least 1 section must be held at once");
			BadInputException.require(threads >= 1, "--threads " + threads + ": at least 1 tile must be predicted at once");
		}
	}

	private MembraneMaps() {}

	/**
	 * Loads a membrane model and checks that it is 2D (reading one section, or several for 2.5D) with one output.
	 *
	 * @param file model .zip, or null for the shipped membrane model ({@link DefaultModels#MEMBRANE})
	 * @throws BadInputException when the file is no membrane model or not 2D with one output
	 */
	public static StoredModel loadModel(Path file) throws IOException {
		Path at = file != null ? file : DefaultModels.extract(DefaultModels.MEMBRANE);
		StoredModel m = ModelFiles.load(at, MembranePredictor.TASK, 0);
		if (m.info().dimensions() != 2 || m.info().outputChannelCount() != 1)
			throw new BadInputException(at, "predict needs a 2D model with one output channel; this one is "
					+ m.info().dimensions() + "D with " + m.info().outputChannelCount() + " outputs");
		return m;
	}

	/**
	 * Predicts every section of {@code raw} into {@code output} (not committed: the caller commits).
	 *
	 * @param raw EM volume, axes x, y, z
	 * @param output receives probabilities in [0, 1], same dimensions
	 * @param progress stage "predicting", one unit per section; may cancel
	 * @throws BadInputException when the volume is smaller than the receptive field or holds NaN
	 */
	public static void predict(SectionSource raw, StoredModel model, Settings settings, SectionSink output,
			ProgressListener progress) throws IOException {
		if (settings.tileSize() < 1 || settings.blockDepth() < 1)
			throw new BadInputException(null, "tile size and block depth must be >= 1");
		int n = Math.max(1, settings.threads());
		ExecutorService executor = Executors.newFixedThreadPool(n);
		try {
			InferenceBackend backend = Dl4jBackend.of(model, n);
			if (settings.dihedral())
				backend = new DihedralAveraging(backend);
			SectionBlockInference.predict(raw, backend, model.info(), settings.tileSize(),
					settings.blockDepth(), output, executor, progress);
		} finally {
			executor.shutdownNow();
		}
	}
}
