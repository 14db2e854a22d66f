package connectomej.volume;

import net.imglib2.RandomAccessibleInterval;

/**
 * An image with its voxel size: the unit of data that flows between the suite's layers.
 * <p>
 * Axes are x, y, z (x fastest). Raw EM is {@code UnsignedByteType}; probabilities {@code FloatType} in [0, 1];
 * labels {@code UnsignedLongType} with 0 = background / boundary.
 *
 * @param data the voxels, 3 dimensions x, y, z (a 2D image is one section: give it a z extent of 1)
 * @param voxelSize nm per axis
 * @param <T> pixel type
 */
public record Volume<T>(RandomAccessibleInterval<T> data, VoxelSize voxelSize) {

	public Volume {
		if (data == null || voxelSize == null)
			throw new NullPointerException("data and voxel size are required");
		if (data.numDimensions() != 3)
			throw new IllegalArgumentException("a volume has 3 dimensions (x, y, z), got " + data.numDimensions());
	}

	/** Extent along x, in voxels. */
	public long width() {
		return data.dimension(0);
	}

	/** Extent along y, in voxels. */
	public long height() {
		return data.dimension(1);
	}

	/** Number of sections (extent along z). */
	public long depth() {
		return data.dimension(2);
	}

	/** Number of voxels. */
	public long size() {
		return data.size();
	}

	/** Dimensions {x, y, z} in voxels. */
	public long[] dimensions() {
		return data.dimensionsAsLongArray();
	}

	/** The same voxel size over other data of the same role (e.g. a prediction of this raw volume). */
	public <S> Volume<S> with(RandomAccessibleInterval<S> other) {
		return new Volume<>(other, voxelSize);
	}
}
