package connectomej.io;

import java.io.IOException;

import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * A volume read a slab of z sections at a time, so that work on volumes larger than memory holds only a slab.
 * Open one with {@link SectionStreams#open(String)}; close it when done.
 */
public interface SectionSource extends AutoCloseable {

	/** Size of the whole volume, voxels, axes x, y, z. */
	long[] dimensions();

	/** Voxel size, nm. */
	VoxelSize voxelSize();

	/**
	 * Reads sections {@code firstZ..lastZ}.
	 *
	 * @param firstZ first section, 0-based
	 * @param lastZ last section, inclusive, {@code firstZ <= lastZ < dimensions()[2]}
	 * @return the slab, axes x, y, z, min (0, 0, firstZ): z coordinates are those of the whole volume
	 * @throws BadInputException when the file is truncated or malformed there
	 */
	RandomAccessibleInterval<? extends RealType<?>> read(long firstZ, long lastZ) throws IOException;

	@Override
	void close() throws IOException;
}
