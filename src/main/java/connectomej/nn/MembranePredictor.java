package connectomej.nn;

import java.util.concurrent.ExecutorService;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

import connectomej.volume.Volume;

/**
 * Membrane probability maps of EM volumes with a stored membrane model: the first step of the fast pass
 * (Meirovitch et al. 2016, arXiv 1612.02120).
 */
public final class MembranePredictor {

	/** The task name membrane models carry in their description. */
	public static final String TASK = "membrane";

	/** Default tile core size along x and y, voxels. */
	public static final int DEFAULT_TILE_SIZE = 256;

	private final StoredModel model;
	private final InferenceBackend backend;

	/**
	 * @param model a model for task {@value #TASK} with one output channel
	 * @param backend the backend running its network
	 */
	public MembranePredictor(StoredModel model, InferenceBackend backend) {
		if (!TASK.equals(model.info().task()) || backend.outputChannels() != 1)
			throw new IllegalArgumentException("a membrane predictor needs a one-channel '" + TASK + "' model");
		this.model = model;
		this.backend = backend;
	}

	/** A predictor running the model's own network with Deeplearning4j, {@code concurrency} tiles at once. */
	public static MembranePredictor withDl4j(StoredModel model, int concurrency) {
		return new MembranePredictor(model, Dl4jBackend.of(model, concurrency));
	}

	/**
	 * Writes the membrane probability of every voxel of {@code raw} into {@code output}.
	 *
	 * @param raw EM volume, axes x, y, z
	 * @param output probabilities in [0, 1], same dimensions as {@code raw}, written section by section
	 * @param executor runs the tiles of a section in parallel
	 */
	public void predict(Volume<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output, ExecutorService executor) {
		predict(raw, output, executor, DEFAULT_TILE_SIZE);
	}

	/** As {@link #predict(Volume, RandomAccessibleInterval, ExecutorService)} with a tile core size in voxels. */
	public void predict(Volume<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output,
			ExecutorService executor, int tileSize) {
		TiledInference.predict(raw.data(), backend, model.info(), tileSize, output, executor);
	}
}
