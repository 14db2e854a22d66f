package connectomej.merge;

import java.util.HashMap;
import java.util.Map;

import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;

/**
 * A label volume copied into one flat array for the random access that window sampling needs: index
 * {@code x + width * (y + height * z)} (x fastest), 0 = background / boundary.
 *
 * @param labels one label per voxel
 * @param width size along x, voxels
 * @param height size along y, voxels
 * @param depth size along z, voxels
 * @param voxelSize nm per voxel, axes x, y, z
 */
public record LabelGrid(long[] labels, int width, int height, int depth, VoxelSize voxelSize) {

	public LabelGrid {
		if ((long) width * height * depth != labels.length)
			throw new IllegalArgumentException(labels.length + " labels for " + width + "x" + height + "x" + depth);
	}

	/**
	 * Copies a label volume (axes x, y, z; at most 2^31 - 1 voxels); the interval's offset is dropped.
	 */
	public static LabelGrid of(RandomAccessibleInterval<? extends IntegerType<?>> data, VoxelSize voxelSize) {
		int w = (int) data.dimension(0), h = (int) data.dimension(1), d = data.numDimensions() > 2 ? (int) data.dimension(2) : 1;
		long[] labels = new long[Math.multiplyExact(Math.multiplyExact(w, h), d)];
		int i = 0;
		for (IntegerType<?> t : Views.flatIterable(data))
			labels[i++] = t.getIntegerLong();
		return new LabelGrid(labels, w, h, d, voxelSize);
	}

	/** The size per axis, voxels, x, y, z. */
	public int[] dimensions() {
		return new int[] { width, height, depth };
	}

	/** The label at (x, y, z); 0 outside the volume. */
	public long get(int x, int y, int z) {
		if (x < 0 || y < 0 || z < 0 || x >= width || y >= height || z >= depth)
			return 0;
		return labels[x + width * (y + height * z)];
	}

	/** Every non-zero label with its voxel count and bounding box. */
	public Map<Long, ObjectExtent> objects() {
		Map<Long, ObjectExtent> objects = new HashMap<>();
		for (int z = 0, i = 0; z < depth; z++)
			for (int y = 0; y < height; y++)
				for (int x = 0; x < width; x++, i++)
					if (labels[i] != 0)
						objects.computeIfAbsent(labels[i], ObjectExtent::new).add(x, y, z);
		return objects;
	}

	/** True when no voxel carries a label. */
	public boolean isEmpty() {
		for (long l : labels)
			if (l != 0)
				return false;
		return true;
	}
}
