package connectomej.io.n5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.cell.Cell;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.img.cell.LazyCellImg;

/**
 * Loads the blocks of one dataset as cells of a {@link LazyCellImg} and keeps the most recently used ones in memory.
 * Blocks that were never written read as zeros.
 */
final class N5BlockCache implements LazyCellImg.Get<Cell<ArrayDataAccess<?>>> {

	private final N5Store store;
	private final String dataset;
	private final N5DatasetAttributes attributes;
	private final CellGrid grid;
	private final Map<Long, Cell<ArrayDataAccess<?>>> recent;

	/**
	 * @param capacity number of blocks kept in memory, > 0
	 */
	N5BlockCache(N5Store store, String dataset, N5DatasetAttributes attributes, int capacity) {
		this.store = store;
		this.dataset = dataset;
		this.attributes = attributes;
		this.grid = new CellGrid(attributes.dimensions(), attributes.blockSize());
		this.recent = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Cell<ArrayDataAccess<?>>> eldest) {
				return size() > capacity;
			}
		};
	}

	CellGrid grid() {
		return grid;
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
		long[] position = new long[grid.numDimensions()];
		grid.getCellGridPositionFlat(index, position);
		long[] min = attributes.blockInterval(position).minAsLongArray();
		try {
			N5Block block = store.readBlock(dataset, attributes, position);
			int[] size = attributes.blockSizeAt(position);
			Object data = block != null ? block.data() : attributes.dataType().allocate(N5Block.numElements(size));
			return new Cell<>(size, min, N5Arrays.access(data));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
