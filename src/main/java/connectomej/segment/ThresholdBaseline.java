package connectomej.segment;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.type.logic.BitType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * The simplest segmentation there is, kept as a yardstick: voxels brighter than a threshold (cytoplasm is light,
 * membranes dark in EM) grouped into face-connected components. Any real method must beat it.
 */
public final class ThresholdBaseline {

	private ThresholdBaseline() {}

	/**
	 * Segments raw EM by one global threshold.
	 *
	 * @param raw intensities, axes x, y, z
	 * @param threshold voxels with a value above it are foreground
	 * @param labels output over the same interval, 0 = background
	 * @return number of objects
	 */
	public static <T extends RealType<T>> long segment(RandomAccessibleInterval<T> raw, double threshold,
		RandomAccessibleInterval<UnsignedLongType> labels)
	{
		RandomAccessibleInterval<BitType> mask = Converters.convert(raw, (in, out) -> out.set(in.getRealDouble() > threshold), new BitType());
		return ConnectedComponents.label(mask, labels);
	}
}
