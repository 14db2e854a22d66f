package connectomej.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiPredicate;

import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessible;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.io.BadInputException;
import connectomej.progress.StageCounter;
import connectomej.volume.Block;
import connectomej.volume.Blocks;

/**
 * Applies a 2D network to a volume section by section, in tiles with a halo that covers the receptive field. Tiles
 * are cropped to their cores, so the result does not depend on the tile size; borders of the volume are mirrored.
 * Tiles of one section run in parallel on the caller's executor and write straight into the caller's output;
 * sections are finished one after the other, so memory stays bounded by one section's tiles in flight, and the
 * output can be a lazily written on-disk volume.
 * <p>
 * A network with c > 1 input channels reads the c sections centred on the predicted one (2.5D). A network with an
 * input downsampling f > 1 ({@link ModelInfo#inputDownsampling()}) sees each section as f x f block means and its
 * output is interpolated back onto the section's voxels ({@link InputDownsampling}).
 */
public final class TiledInference {

	private TiledInference() {}

	/**
	 * Predicts every voxel of {@code raw}.
	 *
	 * @param raw input, axes x, y, z (any min)
	 * @param backend the network
	 * @param info the network's description: normalization, receptive field, size multiple
	 * @param tileSize tile core size along x and y, voxels (rounded up to the network's size multiple)
	 * @param output probabilities, same dimensions as {@code raw} (any min) with a 4th axis of channels when the
	 *        network has more than one output channel
	 * @param executor runs the tiles of a section
	 * @throws BadInputException if the input holds NaN or is smaller than the receptive field in x or y; nothing is
	 *         written then
	 */
	public static <T extends RealType<T>> void predict(RandomAccessibleInterval<T> raw, InferenceBackend backend,
			ModelInfo info, int tileSize, RandomAccessibleInterval<FloatType> output, ExecutorService executor) {
		predict(raw, backend, info, tileSize, output, executor, null);
	}

	/**
	 * As {@link #predict(RandomAccessibleInterval, InferenceBackend, ModelInfo, int, RandomAccessibleInterval,
	 * ExecutorService)}, counting each finished section on {@code sections} (which may be null).
	 *
	 * @throws connectomej.progress.CanceledException when the counter's listener asks to stop
	 */
	public static <T extends RealType<T>> void predict(RandomAccessibleInterval<T> raw, InferenceBackend backend,
			ModelInfo info, int tileSize, RandomAccessibleInterval<FloatType> output, ExecutorService executor,
			StageCounter sections) {
		predict(raw, backend, info, tileSize, output, executor, sections, (core, z) -> true);
	}

	/**
	 * As {@link #predict(RandomAccessibleInterval, InferenceBackend, ModelInfo, int, RandomAccessibleInterval,
	 * ExecutorService, StageCounter)}, for the tiles that {@code needed} accepts only; the output of other tiles is
	 * left as it was. A predicted voxel gets the same value as in a whole prediction with the same tile size. A model
	 * with input downsampling predicts whole sections (at a 1 / f^2 of the cost), so {@code needed} is not asked then.
	 *
	 * @param needed given a tile's core (x, y, in {@code raw}'s coordinates) and its section z, whether to predict it
	 */
	public static <T extends RealType<T>> void predict(RandomAccessibleInterval<T> raw, InferenceBackend backend,
			ModelInfo info, int tileSize, RandomAccessibleInterval<FloatType> output, ExecutorService executor,
			StageCounter sections, BiPredicate<Interval, Long> needed) {
		checkInput(raw, backend, info, output);
		if (info.inputDownsampling() > 1) {
			predictDownsampled(raw, backend, info, tileSize, output, executor, sections);
			return;
		}
		Tiling tiling = Tiling.of(info, tileSize);
		RandomAccessible<T> mirrored = Views.extendMirrorSingle(raw);
		Interval section = new FinalInterval(new long[] { raw.min(0), raw.min(1) }, new long[] { raw.max(0), raw.max(1) });
		List<Block> cores = Blocks.grid(section, new long[] { tiling.tileSize(), tiling.tileSize() }, new long[2]);
		for (long z = raw.min(2); z <= raw.max(2); z++) {
			List<Future<?>> running = new ArrayList<>();
			for (Block core : cores) {
				if (!needed.test(core.core(), z))
					continue;
				Tile tile = new Tile(core.core(), z, tiling);
				running.add(executor.submit(() -> tile.run(mirrored, backend, info.normalization(), raw, output)));
			}
			waitFor(running);
			if (sections != null)
				sections.step();
		}
	}

	/**
	 * Predicts the given cores only, each in one section (e.g. boxes around the voxels where a prediction can change a
	 * decision); the output elsewhere is left as it was. All cores run in parallel on {@code executor}. A core whose
	 * min lies on the grid of the network's size multiple from {@code raw}'s min gets the values of a whole prediction
	 * to float rounding (~1e-6): its pooling windows line up with the whole prediction's, and the halo covers the
	 * receptive field.
	 *
	 * @param cores x, y, z intervals in {@code raw}'s coordinates, one section each
	 * @throws IllegalArgumentException for a model with input downsampling, or a core of several sections
	 */
	public static <T extends RealType<T>> void predictCores(RandomAccessibleInterval<T> raw, InferenceBackend backend,
			ModelInfo info, List<? extends Interval> cores, RandomAccessibleInterval<FloatType> output, ExecutorService executor) {
		checkInput(raw, backend, info, output);
		if (info.inputDownsampling() > 1)
			throw new IllegalArgumentException("cores of a model with input downsampling: predict whole sections instead");
		Tiling tiling = Tiling.of(info, 1);
		RandomAccessible<T> mirrored = Views.extendMirrorSingle(raw);
		List<Future<?>> running = new ArrayList<>();
		for (Interval c : cores) {
			if (c.min(2) != c.max(2))
				throw new IllegalArgumentException("a core spans sections " + c.min(2) + " to " + c.max(2));
			Tile tile = new Tile(new FinalInterval(new long[] { c.min(0), c.min(1) }, new long[] { c.max(0), c.max(1) }), c.min(2), tiling);
			running.add(executor.submit(() -> tile.run(mirrored, backend, info.normalization(), raw, output)));
		}
		waitFor(running);
	}

	/**
	 * Section by section, sections in parallel on {@code executor}: block means, a whole prediction of the coarse
	 * section (its tiles one after another in the section's thread), interpolated onto the output's section. A coarse
	 * section is small (a sixteenth of the voxels at f = 4), so parallel sections keep every thread busy where parallel
	 * tiles would not, and the block means and interpolation run in parallel too. Coarse tiles have the given core size
	 * in coarse voxels (f^2 times the area): the halo of a network with a wide field costs less around larger cores.
	 */
	private static <T extends RealType<T>> void predictDownsampled(RandomAccessibleInterval<T> raw, InferenceBackend backend,
			ModelInfo info, int tileSize, RandomAccessibleInterval<FloatType> output, ExecutorService executor,
			StageCounter sections) {
		int f = info.inputDownsampling();
		ModelInfo coarseInfo = info.withInputDownsampling(1);
		Tiling tiling = Tiling.of(coarseInfo, tileSize);
		List<Future<?>> running = new ArrayList<>();
		for (long z = raw.min(2); z <= raw.max(2); z++) {
			long section = z;
			running.add(executor.submit(() -> {
				predictCoarseSection(raw, section, f, backend, coarseInfo.normalization(), tiling, output);
				if (sections != null)
					sections.step();
			}));
		}
		waitFor(running);
	}

	/** One section of a model with input downsampling f, every tile in the calling thread. */
	private static <T extends RealType<T>> void predictCoarseSection(RandomAccessibleInterval<T> raw, long z, int f,
			InferenceBackend backend, ModelInfo.Normalization norm, Tiling tiling, RandomAccessibleInterval<FloatType> output) {
		RandomAccessibleInterval<FloatType> coarse = InputDownsampling.section(raw, z, f);
		long[] outDims = output.dimensionsAsLongArray();
		outDims[0] = coarse.dimension(0);
		outDims[1] = coarse.dimension(1);
		outDims[2] = 1;
		RandomAccessibleInterval<FloatType> predicted = ArrayImgs.floats(outDims);
		RandomAccessible<FloatType> mirrored = Views.extendMirrorSingle(coarse);
		Interval plane = new FinalInterval(coarse.dimension(0), coarse.dimension(1));
		for (Block core : Blocks.grid(plane, new long[] { tiling.tileSize(), tiling.tileSize() }, new long[2]))
			new Tile(core.core(), 0, tiling).run(mirrored, backend, norm, coarse, predicted);
		InputDownsampling.upsample(predicted, output, output.min(2) + z - raw.min(2), f);
	}

	/** Shapes, size against the receptive field, NaN (for non-integer types): all before anything is written. */
	static <T extends RealType<T>> void checkInput(RandomAccessibleInterval<T> raw, InferenceBackend backend,
			ModelInfo info, RandomAccessibleInterval<FloatType> output) {
		if (raw.numDimensions() != 3)
			throw new IllegalArgumentException("input needs axes x, y, z");
		int outDims = backend.outputChannels() == 1 ? 3 : 4;
		boolean shapeOk = output.numDimensions() == outDims
				&& (outDims == 3 || output.dimension(3) == backend.outputChannels());
		for (int d = 0; d < 3 && shapeOk; d++)
			shapeOk = output.dimension(d) == raw.dimension(d);
		if (!shapeOk)
			throw new IllegalArgumentException("output must have the input's x, y, z dimensions"
					+ (outDims == 4 ? " and " + backend.outputChannels() + " channels" : ""));
		requireReceptiveField(raw.dimensionsAsLongArray(), info);
		if (!(raw.getType() instanceof IntegerType))
			rejectNaN(raw);
	}

	/**
	 * Checks that sections of a volume are at least as large as a model's receptive field (in the volume's voxels).
	 *
	 * @param dimensions the volume's size, voxels, axes x, y, z
	 * @throws BadInputException when x or y is smaller
	 */
	static void requireReceptiveField(long[] dimensions, ModelInfo info) {
		long[] field = info.receptiveFieldInVoxels();
		for (int a = 0; a < 2; a++)
			if (dimensions[a] < field[a])
				throw new BadInputException(null, "volume " + dimensions[0] + " x " + dimensions[1] + " x "
						+ dimensions[2] + " is smaller than the model's receptive field " + field[0] + " x " + field[1]);
	}

	private static <T extends RealType<T>> void rejectNaN(RandomAccessibleInterval<T> raw) {
		Cursor<T> c = Views.flatIterable(raw).localizingCursor();
		while (c.hasNext())
			if (Double.isNaN(c.next().getRealDouble()))
				throw new BadInputException(null, "input has NaN at voxel (" + c.getLongPosition(0) + ", "
						+ c.getLongPosition(1) + ", " + c.getLongPosition(2) + ")");
	}

	private static void waitFor(List<Future<?>> running) {
		try {
			for (Future<?> f : running)
				f.get();
		} catch (InterruptedException e) {
			running.forEach(f -> f.cancel(true));
			Thread.currentThread().interrupt();
			throw new IllegalStateException("inference interrupted", e);
		} catch (ExecutionException e) {
			running.forEach(f -> f.cancel(true));
			if (e.getCause() instanceof RuntimeException r)
				throw r;
			throw new IllegalStateException(e.getCause());
		}
	}

	/** One tile: a core in one section, read with halo and padding, predicted, cropped to the core. */
	private record Tile(Interval core, long z, Tiling tiling) {

		long[] inputMin() {
			return new long[] { core.min(0) - tiling.halo(), core.min(1) - tiling.halo() };
		}

		int size(int axis) {
			return Tiling.roundUp((int) core.dimension(axis), tiling.sizeMultiple()) + 2 * tiling.halo();
		}

		<T extends RealType<T>> void run(RandomAccessible<T> mirrored, InferenceBackend backend,
				ModelInfo.Normalization norm, RandomAccessibleInterval<T> raw, RandomAccessibleInterval<FloatType> out) {
			int w = size(0), h = size(1), c = backend.inputChannels();
			float[] input = new float[c * w * h];
			for (int k = 0; k < c; k++)
				read(mirrored, z + k - c / 2, norm, input, k * w * h);
			write(backend.predict(input, w, h), backend.outputChannels(), raw, out);
		}

		private <T extends RealType<T>> void read(RandomAccessible<T> mirrored, long section,
				ModelInfo.Normalization norm, float[] into, int offset) {
			long[] min = inputMin();
			FinalInterval region = FinalInterval.createMinSize(min[0], min[1], size(0), size(1));
			Cursor<T> c = Views.flatIterable(Views.interval(Views.hyperSlice(mirrored, 2, section), region)).cursor();
			for (int i = offset; c.hasNext(); i++)
				into[i] = norm.apply(c.next().getRealDouble());
		}

		private void write(float[] prediction, int channels, Interval raw, RandomAccessibleInterval<FloatType> out) {
			RandomAccess<FloatType> o = out.randomAccess();
			long[] min = inputMin();
			int w = size(0), h = size(1);
			for (int ch = 0; ch < channels; ch++) {
				if (channels > 1)
					o.setPosition(out.min(3) + ch, 3);
				o.setPosition(out.min(2) + z - raw.min(2), 2);
				for (long y = core.min(1); y <= core.max(1); y++) {
					o.setPosition(out.min(1) + y - raw.min(1), 1);
					int row = ch * w * h + (int) (y - min[1]) * w;
					for (long x = core.min(0); x <= core.max(0); x++) {
						o.setPosition(out.min(0) + x - raw.min(0), 0);
						o.get().set(prediction[row + (int) (x - min[0])]);
					}
				}
			}
		}
	}
}
