package connectomej.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.io.SectionSource;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.progress.StageCounter;
import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converter;
import net.imglib2.converter.Converters;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Copies a volume read slab by slab ({@link SectionSource}) into an N5 dataset, one z layer of the dataset's blocks at
 * a time: memory holds one slab (the full x, y extent, one block deep) and the blocks being encoded, never the volume.
 * Blocks whose file exists are not read or written again, so a rerun after an interruption resumes.
 */
public final class SectionImport {

	private SectionImport() {}

	/**
	 * Imports the source into {@code dataset}, whose dimensions must equal the source's.
	 *
	 * @param stage name for progress (one step per block) and for the report
	 * @param source read with its z coordinates; x, y, z as in the dataset
	 * @param type the dataset's value type
	 * @param convert source values to the dataset's type
	 * @param executor encodes and writes the blocks of a slab in parallel; owned by the caller
	 * @return blocks written and skipped, and the wall time
	 * @throws connectomej.progress.CanceledException when the listener cancels; written blocks stay
	 */
	public static <T extends NativeType<T> & RealType<T>> StageReport run(String stage, SectionSource source, N5Store store, String dataset,
			T type, Converter<RealType<?>, T> convert, ExecutorService executor, ProgressListener listener) throws IOException {
		long start = System.nanoTime();
		N5DatasetAttributes attributes = store.datasetAttributes(dataset);
		if (!java.util.Arrays.equals(attributes.dimensions(), source.dimensions()))
			throw new IllegalArgumentException("the source's dimensions differ from dataset " + dataset + "'s");
		List<Block> blocks = Blocks.grid(attributes.interval(), LocalBlockRunner.toLongs(attributes.blockSize()), new long[3]);
		int layerSize = (int) (attributes.gridDimensions()[0] * attributes.gridDimensions()[1]);
		StageCounter counter = new StageCounter(listener, stage, blocks.size());
		long written = 0;
		for (int first = 0; first < blocks.size(); first += layerSize) {
			List<Block> missing = missing(store, dataset, blocks.subList(first, first + layerSize), counter);
			if (!missing.isEmpty())
				writeLayer(source, store, dataset, type, convert, missing, executor, counter);
			written += missing.size();
		}
		return new StageReport(stage, blocks.size(), written, blocks.size() - written, (System.nanoTime() - start) / 1e9);
	}

	/** The blocks of a layer without a file; counts the others as done. */
	private static List<Block> missing(N5Store store, String dataset, List<Block> layer, StageCounter counter) throws IOException {
		List<Block> missing = new ArrayList<>();
		for (Block b : layer)
			if (store.blockExists(dataset, b.gridPosition()))
				counter.step();
			else
				missing.add(b);
		return missing;
	}

	private static <T extends NativeType<T> & RealType<T>> void writeLayer(SectionSource source, N5Store store, String dataset, T type,
			Converter<RealType<?>, T> convert, List<Block> missing, ExecutorService executor, StageCounter counter) throws IOException {
		Block any = missing.get(0);
		RandomAccessibleInterval<T> slab = converted(source.read(any.core().min(2), any.core().max(2)), convert, type);
		List<Callable<Void>> writes = new ArrayList<>();
		for (Block b : missing)
			writes.add(() -> {
				N5Images.writeBlock(store, dataset, b.gridPosition(), Views.interval(slab, b.core()));
				counter.step();
				return null;
			});
		Parallel.all(writes, executor);
	}

	@SuppressWarnings("unchecked")
	private static <T extends NativeType<T> & RealType<T>> RandomAccessibleInterval<T> converted(RandomAccessibleInterval<? extends RealType<?>> slab,
			Converter<RealType<?>, T> convert, T type) {
		if (type.getClass().isInstance(slab.getType()))
			return (RandomAccessibleInterval<T>) slab;
		return Converters.convert((RandomAccessibleInterval<RealType<?>>) slab, convert, type.createVariable());
	}
}
