package connectomej.io.n5;

import java.io.IOException;

import connectomej.io.BadInputException;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.Cursor;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * N5 datasets as ImgLib2 images: a lazily loaded view of a whole dataset, and block and interval reads and writes.
 * Axes are in N5 order, which is ImgLib2's: x, y, z, x fastest. The ImgLib2 type must match the dataset's
 * {@code dataType} (e.g. {@code UnsignedByteType} for uint8, {@code UnsignedLongType} for uint64).
 */
public final class N5Images {

	private N5Images() {}

	/**
	 * The whole dataset, loaded block by block on first access; the most recently used blocks stay in memory (a layer
	 * of them at least, {@link N5BlockCache#capacity}). Blocks never written read as 0. Safe for concurrent readers.
	 *
	 * @throws BadInputException when the dataset is missing or its type does not match {@code type}
	 */
	public static <T extends NativeType<T> & RealType<T>> RandomAccessibleInterval<T> open(N5Store store, String dataset, T type) throws IOException {
		N5DatasetAttributes attributes = checkedAttributes(store, dataset, type);
		return N5BlockCache.image(new CellGrid(attributes.dimensions(), attributes.blockSize()), type, attributes.dataType().bytesPerValue(),
				(position, size) -> {
					N5Block block = store.readBlock(dataset, attributes, position);
					return block != null ? block.data() : attributes.dataType().allocate(N5Block.numElements(size));
				});
	}

	/**
	 * Reads an interval of a dataset into memory.
	 *
	 * @param interval voxels to read, inside the dataset
	 * @return a copy with the interval's min and dimensions
	 */
	public static <T extends NativeType<T> & RealType<T>> RandomAccessibleInterval<T> readInterval(N5Store store, String dataset, Interval interval, T type) throws IOException {
		N5DatasetAttributes attributes = checkedAttributes(store, dataset, type);
		if (!Intervals.contains(attributes.interval(), interval))
			throw new IllegalArgumentException("the interval to read is not inside the dataset");
		N5DataType dataType = attributes.dataType();
		RandomAccessibleInterval<T> target = Views.translate(
				N5Arrays.<T>wrap(dataType, dataType.allocate(Math.toIntExact(Intervals.numElements(interval))), interval.dimensionsAsLongArray()),
				interval.minAsLongArray());
		for (long[] position : N5Grids.overlapping(attributes, interval)) {
			N5Block block = store.readBlock(dataset, attributes, position);
			if (block == null)
				continue; // never written: zeros
			Interval where = attributes.blockInterval(position);
			RandomAccessibleInterval<T> blockImage = Views.translate(N5Arrays.<T>wrap(dataType, block.data(), where.dimensionsAsLongArray()),
					where.minAsLongArray());
			Interval overlap = Intervals.intersect(where, interval);
			copy(Views.interval(blockImage, overlap), Views.interval(target, overlap));
		}
		return target;
	}

	/**
	 * Writes one whole block, atomically.
	 *
	 * @param gridPosition the block's position in the block grid
	 * @param data the block's voxels: the dimensions of the block at that position (any min)
	 */
	public static <T extends NativeType<T> & RealType<T>> void writeBlock(N5Store store, String dataset, long[] gridPosition, RandomAccessibleInterval<T> data) throws IOException {
		N5DatasetAttributes attributes = checkedAttributes(store, dataset, data.getType());
		writeBlock(store, dataset, attributes, gridPosition, data);
	}

	/**
	 * Writes an interval of a dataset: each block it overlaps is written once, atomically. Blocks it covers only in part
	 * are read first and merged, so two writers must not share a block.
	 *
	 * @param source voxels in dataset coordinates (its min is where it goes), inside the dataset
	 */
	public static <T extends NativeType<T> & RealType<T>> void writeInterval(N5Store store, String dataset, RandomAccessibleInterval<T> source) throws IOException {
		N5DatasetAttributes attributes = checkedAttributes(store, dataset, source.getType());
		if (!Intervals.contains(attributes.interval(), source))
			throw new IllegalArgumentException("the interval to write is not inside the dataset");
		for (long[] position : N5Grids.overlapping(attributes, source)) {
			Interval block = attributes.blockInterval(position);
			Interval overlap = Intervals.intersect(block, source);
			RandomAccessibleInterval<T> content = Intervals.equals(overlap, block) ? Views.interval(source, block)
					: merged(store, dataset, block, source, overlap);
			writeBlock(store, dataset, attributes, position, content);
		}
	}

	private static <T extends NativeType<T> & RealType<T>> RandomAccessibleInterval<T> merged(N5Store store, String dataset, Interval block,
			RandomAccessibleInterval<T> source, Interval overlap) throws IOException {
		RandomAccessibleInterval<T> old = readInterval(store, dataset, block, source.getType());
		copy(Views.interval(source, overlap), Views.interval(old, overlap));
		return old;
	}

	private static <T extends NativeType<T> & RealType<T>> void writeBlock(N5Store store, String dataset, N5DatasetAttributes attributes,
			long[] gridPosition, RandomAccessibleInterval<T> data) throws IOException {
		int[] size = attributes.blockSizeAt(gridPosition);
		if (!Intervals.equalDimensions(data, new FinalInterval(N5Arrays.dims(size))))
			throw new IllegalArgumentException("block " + N5Block.gridPath(gridPosition) + " needs dimensions " + java.util.Arrays.toString(size));
		Object array = attributes.dataType().allocate(N5Block.numElements(size));
		ArrayImg<T, ?> target = N5Arrays.wrap(attributes.dataType(), array, N5Arrays.dims(size));
		copy(data, target);
		store.writeBlock(dataset, attributes, new N5Block(gridPosition.clone(), size, array));
	}

	/** Copies values in flat order (x fastest); both have the same dimensions. */
	private static <T extends NativeType<T>> void copy(RandomAccessibleInterval<T> source, RandomAccessibleInterval<T> target) {
		Cursor<T> s = Views.flatIterable(source).cursor();
		Cursor<T> t = Views.flatIterable(target).cursor();
		while (s.hasNext())
			t.next().set(s.next());
	}

	private static N5DatasetAttributes checkedAttributes(N5Store store, String dataset, RealType<?> type) throws IOException {
		N5DatasetAttributes attributes = store.datasetAttributes(dataset);
		if (attributes.dataType() != N5DataType.of(type))
			throw new BadInputException(store.folder(dataset), "holds " + attributes.dataType().jsonName() + ", not "
					+ N5DataType.of(type).jsonName());
		return attributes;
	}
}
