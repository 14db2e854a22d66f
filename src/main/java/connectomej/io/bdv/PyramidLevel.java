package connectomej.io.bdv;

import java.io.IOException;

import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** Computes the blocks of one pyramid level from the level below it. */
final class PyramidLevel {

	private final N5Store store;
	private final String coarser;
	private final long[] factors;
	private final boolean labels;
	@SuppressWarnings("rawtypes")
	private final RandomAccessibleInterval input;

	/** Opens the finer level once, so its cached blocks serve all blocks of the coarser one. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	PyramidLevel(N5Store store, String finer, String coarser, long[] factors, boolean labels) throws IOException {
		this.store = store;
		this.coarser = coarser;
		this.factors = factors;
		this.labels = labels;
		this.input = N5Images.open(store, finer, (NativeType & RealType) store.datasetAttributes(finer).dataType().createType());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	<T extends NativeType<T> & RealType<T>> void writeBlock(long[] position) throws IOException {
		var attributes = store.datasetAttributes(coarser);
		N5DataType type = attributes.dataType();
		T variable = (T) type.createType();
		var block = attributes.blockInterval(position);
		RandomAccessibleInterval<T> output = Views.translate(new ArrayImgFactory<>(variable).create(block.dimensionsAsLongArray()),
				block.minAsLongArray());
		if (labels)
			Downsampling.mode((RandomAccessibleInterval) input, factors, (RandomAccessibleInterval) output);
		else
			Downsampling.mean((RandomAccessibleInterval<T>) input, factors, output);
		N5Images.writeBlock(store, coarser, position, output);
	}
}
