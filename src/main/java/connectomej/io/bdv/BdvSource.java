package connectomej.io.bdv;

import java.util.Objects;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * One channel of a BigDataViewer export from memory: it becomes one ViewSetup.
 *
 * @param name shown in BigDataViewer, e.g. "EM", "segments"
 * @param data the voxels, axes x, y, z (x fastest)
 * @param labels true for label images: downsampled by the most frequent value instead of the mean, and in the HDF5
 *            flavour folded into 16 bits instead of clamped (see {@link SixteenBitValues})
 */
public record BdvSource(String name, RandomAccessibleInterval<? extends RealType<?>> data, boolean labels) {

	public BdvSource {
		Objects.requireNonNull(name, "name");
		if (data.numDimensions() != 3)
			throw new IllegalArgumentException(name + " has " + data.numDimensions() + " axes, not 3 (x, y, z)");
	}
}
