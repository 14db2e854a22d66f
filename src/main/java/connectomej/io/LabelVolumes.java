package connectomej.io;

import java.nio.file.Path;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

/**
 * Label volumes as read from files: integer types pass through; float data (e.g. a 32-bit TIFF from ImageJ) is
 * accepted when every voxel holds a non-negative whole number, and shown as {@link UnsignedLongType}.
 */
public final class LabelVolumes {

	private LabelVolumes() {}

	/**
	 * The voxels of a volume read from {@code file} as labels.
	 *
	 * @param data voxels, axes x, y, z
	 * @param file where they came from, named in errors
	 * @throws BadInputException when the volume is empty or holds negative or fractional values
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static RandomAccessibleInterval<? extends IntegerType<?>> of(RandomAccessibleInterval<? extends RealType<?>> data, Path file) {
		if (data.size() == 0)
			throw new BadInputException(file, "the volume is empty (0 voxels)");
		if (data.getType() instanceof IntegerType)
			return (RandomAccessibleInterval) data;
		for (RealType<?> t : Views.flatIterable(data)) {
			double v = t.getRealDouble();
			if (v < 0 || v != Math.rint(v))
				throw new BadInputException(file, "not a label volume: it holds the value " + v + " (labels are whole numbers >= 0)");
		}
		return Converters.convert((RandomAccessibleInterval<RealType<?>>) data, (in, out) -> out.set((long) in.getRealDouble()),
			new UnsignedLongType());
	}

	/**
	 * Checks that a ground-truth label volume labels something: a volume of zeros scores nothing.
	 *
	 * @throws BadInputException naming the file when every voxel is 0
	 */
	public static void requireSomeLabel(RandomAccessibleInterval<? extends IntegerType<?>> labels, Path file) {
		for (IntegerType<?> t : Views.flatIterable(labels))
			if (t.getIntegerLong() != 0)
				return;
		throw new BadInputException(file, "the volume is empty: every voxel is 0 (no labelled object)");
	}
}
