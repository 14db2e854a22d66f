package connectomej.nn;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.io.SectionSink;
import connectomej.io.SectionSource;
import connectomej.progress.ProgressListener;
import connectomej.progress.StageCounter;

/**
 * Applies a one-output 2D network to a volume streamed in blocks of z sections: read a block, predict it with
 * {@link TiledInference}, append it to the output, forget it. Memory holds one block of input and output (plus the
 * tiles in flight), whatever the depth of the volume, so volumes larger than memory stream from disk to disk.
 * <p>
 * A network with c > 1 input channels (2.5D) also reads c / 2 sections of context on each side of a block; those
 * are predicted and dropped, which costs c - 1 extra sections per block.
 */
public final class SectionBlockInference {

	/** Default block depth: 1024 x 1024 sections make 32 MB of float output per block. */
	public static final int DEFAULT_BLOCK_DEPTH = 8;

	private SectionBlockInference() {}

	/**
	 * Predicts every section of {@code raw} into {@code output}, block by block, in z order.
	 *
	 * @param raw input, axes x, y, z
	 * @param backend a network with one output channel
	 * @param info its description (normalization, receptive field, size multiple)
	 * @param tileSize tile core size along x and y, voxels
	 * @param blockDepth sections per block, >= 1
	 * @param output receives {@code raw}'s dimensions in blocks; the caller commits it
	 * @param executor runs the tiles of a section in parallel
	 * @param progress told of every finished section (stage "predicting"); may cancel
	 * @throws connectomej.io.BadInputException when the input is smaller than the receptive field or a block holds
	 *         NaN; blocks appended before stay uncommitted
	 */
	public static void predict(SectionSource raw, InferenceBackend backend, ModelInfo info, int tileSize,
			int blockDepth, SectionSink output, ExecutorService executor, ProgressListener progress) throws IOException {
		if (backend.outputChannels() != 1 || blockDepth < 1)
			throw new IllegalArgumentException("needs a one-output network and a block depth >= 1");
		TiledInference.requireReceptiveField(raw.dimensions(), info);
		long depth = raw.dimensions()[2], context = backend.inputChannels() / 2;
		StageCounter sections = new StageCounter(progress, "predicting", depth);
		for (long first = 0; first < depth; first += blockDepth) {
			long last = Math.min(depth - 1, first + blockDepth - 1);
			long readFirst = Math.max(0, first - context), readLast = Math.min(depth - 1, last + context);
			RandomAccessibleInterval<? extends RealType<?>> slab = raw.read(readFirst, readLast);
			ArrayImg<FloatType, ?> predicted = ArrayImgs.floats(slab.dimensionsAsLongArray());
			predictSlab(slab, backend, info, tileSize, predicted, executor, context == 0 ? sections : null);
			output.append(Views.interval(predicted, new long[] { 0, 0, first - readFirst },
					new long[] { predicted.max(0), predicted.max(1), last - readFirst }));
			if (context > 0)
				for (long z = first; z <= last; z++)
					sections.step();
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void predictSlab(RandomAccessibleInterval<? extends RealType<?>> slab, InferenceBackend backend,
			ModelInfo info, int tileSize, ArrayImg<FloatType, ?> predicted, ExecutorService executor, StageCounter sections) {
		TiledInference.predict((RandomAccessibleInterval) slab, backend, info, tileSize, predicted, executor, sections);
	}
}
