package connectomej.io.n5;

import java.lang.reflect.Array;

/**
 * One block of an N5 dataset in memory.
 *
 * @param gridPosition position in the block grid, axes x, y, z
 * @param size voxels per axis of this block (smaller than the dataset's block size at the far border)
 * @param data a primitive array of the dataset's type ({@link N5DataType#allocate}), x fastest, length = product of
 *            {@code size}
 */
public record N5Block(long[] gridPosition, int[] size, Object data) {

	public N5Block {
		if (gridPosition.length != size.length)
			throw new IllegalArgumentException("grid position and size need the same number of axes");
		if (Array.getLength(data) != numElements(size))
			throw new IllegalArgumentException("block data holds " + Array.getLength(data) + " values, its size " + numElements(size));
	}

	/** Number of voxels of a block of this size. */
	public static int numElements(int[] size) {
		long n = 1;
		for (int s : size)
			n *= s;
		return Math.toIntExact(n);
	}

	/** The grid position as a path, like {@code "3/0/1"}. */
	public static String gridPath(long[] gridPosition) {
		StringBuilder s = new StringBuilder();
		for (int d = 0; d < gridPosition.length; d++)
			s.append(d == 0 ? "" : "/").append(gridPosition[d]);
		return s.toString();
	}
}
