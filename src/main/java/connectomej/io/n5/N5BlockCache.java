package connectomej.io.n5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.cell.Cell;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.img.cell.LazyCellImg;
import net.imglib2.type.NativeType;

/**
 * Loads the blocks of one chunked array (an N5 dataset, a Zarr array) as cells of a {@link LazyCellImg} and keeps the
 * most recently used ones in memory. What a block holds, and what a block missing on disk reads as, is the
 * {@link BlockReader}'s business.
 */
public final class N5BlockCache implements LazyCellImg.Get<Cell<ArrayDataAccess<?>>> {

	/** Reads one block of a chunked array. */
	@FunctionalInterface
	public interface BlockReader {

		/**
		 * @param gridPosition the block's position in the block grid, axes x, y, z
		 * @param size voxels per axis of the block at that position (smaller than the block size at the far border)
		 * @return a primitive array ({@link N5DataType#allocate}) of the product of {@code size} values, x fastest
		 */
		Object read(long[] gridPosition, int[] size) throws IOException;
	}

	private final CellGrid grid;
	private final BlockReader reader;
	private final Map<Long, Cell<ArrayDataAccess<?>>> recent;

	/**
	 * @param capacity number of blocks kept in memory, > 0
	 */
	private N5BlockCache(CellGrid grid, BlockReader reader, int capacity) {
		this.grid = grid;
		this.reader = reader;
		this.recent = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Cell<ArrayDataAccess<?>>> eldest) {
				return size() > capacity;
			}
		};
	}

	/** Blocks kept in memory at least. */
	public static final int MIN_BLOCKS = 64;

	/**
	 * A whole chunked array as an image whose blocks are read on first access; the most recently used blocks stay in
	 * memory ({@link #capacity}). Safe for concurrent readers. An {@link IOException} of the reader surfaces as an
	 * {@link UncheckedIOException} where a voxel is accessed.
	 *
	 * @param grid the array's dimensions and block size, axes x, y, z
	 * @param type the ImgLib2 type of the reader's arrays (e.g. {@code UnsignedByteType} for {@code byte[]})
	 * @param bytesPerValue bytes of one voxel in memory (1 for {@code byte[]}, 4 for {@code float[]}, ...)
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T extends NativeType<T>> RandomAccessibleInterval<T> image(CellGrid grid, T type, int bytesPerValue, BlockReader reader) {
		int capacity = capacity(grid, bytesPerValue, Runtime.getRuntime().maxMemory());
		LazyCellImg.Get<Cell<ArrayDataAccess<?>>> get = new N5BlockCache(grid, reader, capacity);
		return new LazyCellImg(grid, type.createVariable(), (LazyCellImg.Get) get);
	}

	/**
	 * How many blocks to keep: every block of one layer of the grid (all blocks at one z) and one more, so that reading
	 * the array section by section, x fastest, as almost every reader here does, decodes each block once instead of
	 * once per section it spans; at least {@value #MIN_BLOCKS}; at most what fits in a quarter of {@code maxMemory}.
	 *
	 * @param grid dimensions and block size, axes x, y, z (a 2D grid is one layer)
	 * @param bytesPerValue bytes of one voxel in memory
	 * @param maxMemory the heap's limit, bytes
	 */
	static int capacity(CellGrid grid, int bytesPerValue, long maxMemory) {
		long layer = 1;
		for (int d = 0; d < Math.min(2, grid.numDimensions()); d++)
			layer *= grid.getGridDimensions()[d];
		long blockBytes = (long) bytesPerValue;
		for (int d = 0; d < grid.numDimensions(); d++)
			blockBytes *= grid.cellDimension(d);
		long affordable = maxMemory / 4 / Math.max(1, blockBytes);
		return (int) Math.max(MIN_BLOCKS, Math.min(layer + 1, Math.min(affordable, Integer.MAX_VALUE)));
	}

	@Override
	public Cell<ArrayDataAccess<?>> get(long index) {
		synchronized (recent) {
			Cell<ArrayDataAccess<?>> cell = recent.get(index);
			if (cell != null)
				return cell;
		}
		Cell<ArrayDataAccess<?>> cell = load(index);
		synchronized (recent) {
			recent.put(index, cell);
		}
		return cell;
	}

	private Cell<ArrayDataAccess<?>> load(long index) {
		int n = grid.numDimensions();
		long[] position = new long[n], min = new long[n];
		int[] size = new int[n];
		grid.getCellGridPositionFlat(index, position);
		grid.getCellDimensions(position, min, size);
		try {
			return new Cell<>(size, min, N5Arrays.access(reader.read(position, size)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
