package connectomej.synapse;

import java.util.List;
import java.util.concurrent.ExecutorService;

import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
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

	/**
	 * The mean of several one-output models' maps (an ensemble, e.g. a full-resolution and a downsampled cleft net: on
	 * EPFL their mean detects PSDs better than either, ACCURACY.md, issue 5, session 11). With one model this is
	 * {@link #predict}.
	 *
	 * @param models one or more one-output models of the same task
	 * @param raw EM volume, axes x, y, z
	 * @param output probabilities in [0, 1], same dimensions as {@code raw}
	 */
	public static void predictMean(List<StoredModel> models, Volume<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output,
			ExecutorService executor, int concurrency) {
		predict(models.get(0), raw, output, executor, concurrency);
		if (models.size() == 1)
			return;
		ArrayImg<FloatType, ?> next = ArrayImgs.floats(raw.data().dimensionsAsLongArray());
		for (StoredModel m : models.subList(1, models.size())) {
			predict(m, raw, next, executor, concurrency);
			LoopBuilder.setImages(output, next).forEachPixel((sum, p) -> sum.set(sum.get() + p.get()));
		}
		float n = models.size();
		LoopBuilder.setImages(output).forEachPixel(p -> p.set(p.get() / n));
	}

	/**
	 * As {@link #predict}, for the tiles that meet one of {@code boxes} only (e.g. the {@link VesicleReach} of the
	 * cleft candidates); the output elsewhere is left as it was (0 when freshly allocated).
	 *
	 * Smaller tiles than {@link #TILE_SIZE} cover sparse boxes with less waste; values then agree with a whole
	 * prediction to float rounding (~1e-6) instead of bit for bit.
	 *
	 * @param boxes regions to cover, in the coordinates of {@code raw}, axes x, y, z
	 * @param tileSize tile core size along x and y, voxels
	 */
	public static void predictWithin(StoredModel model, Volume<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output,
			ExecutorService executor, int concurrency, List<Interval> boxes, int tileSize) {
		if (model.info().outputChannelCount() != 1)
			throw new IllegalArgumentException("a synapse map needs a one-output model, got task '" + model.info().task() + "'");
		TiledInference.predict(raw.data(), Dl4jBackend.of(model, concurrency), model.info(), tileSize, output, executor,
				null, (core, z) -> boxes.stream().anyMatch(b -> meets(b, core, z)));
	}

	private static boolean meets(Interval box, Interval core, long z) {
		return z >= box.min(2) && z <= box.max(2) && core.min(0) <= box.max(0) && core.max(0) >= box.min(0)
				&& core.min(1) <= box.max(1) && core.max(1) >= box.min(1);
	}
}
