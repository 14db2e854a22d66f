package connectomej.synapse;

import java.util.concurrent.ExecutorService;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

import connectomej.nn.Dl4jBackend;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;
import connectomej.volume.Volume;

/** Cleft and vesicle probability maps from the light per-pixel nets (tasks {@code cleft} and {@code vesicle}). */
public final class SynapseMaps {

	/** Task name of cleft (post-synaptic density) models. */
	public static final String CLEFT = "cleft";

	/** Task name of vesicle models. */
	public static final String VESICLE = "vesicle";

	/** Tile core size along x and y, voxels. */
	public static final int TILE_SIZE = 256;

	private SynapseMaps() {}

	/**
	 * Writes the model's one-channel probability of every voxel of {@code raw} into {@code output}.
	 *
	 * @param model a one-output model (cleft, vesicle, or any per-pixel task)
	 * @param raw EM volume, axes x, y, z
	 * @param output probabilities in [0, 1], same dimensions as {@code raw}
	 * @param executor runs the tiles of a section in parallel
	 * @param concurrency tiles run at once
	 */
	public static void predict(StoredModel model, Volume<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output,
			ExecutorService executor, int concurrency) {
		if (model.info().outputChannelCount() != 1)
			throw new IllegalArgumentException("a synapse map needs a one-output model, got task '" + model.info().task() + "'");
		TiledInference.predict(raw.data(), Dl4jBackend.of(model, concurrency), model.info(), TILE_SIZE, output, executor);
	}
}
