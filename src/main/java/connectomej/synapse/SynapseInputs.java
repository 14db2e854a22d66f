package connectomej.synapse;

import java.nio.file.Path;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import connectomej.io.BadInputException;

/** Checks and converts the inputs of synapse detection; every problem is a {@link BadInputException} naming the file. */
public final class SynapseInputs {

	private SynapseInputs() {}

	/**
	 * Refuses a volume whose dimensions differ from the reference's.
	 *
	 * @param what how the volume is named in the message, e.g. "segmentation"
	 */
	public static void requireSameShape(RandomAccessibleInterval<?> volume, Path file, String what,
			RandomAccessibleInterval<?> reference, String referenceName) {
		if (!Intervals.equalDimensions(volume, reference))
			throw new BadInputException(file, what + " has shape " + shape(volume) + " but " + referenceName + " has "
					+ shape(reference) + " (x, y, z): they must match");
	}

	/**
	 * A probability map in [0, 1] as floats: 8-bit and 16-bit maps are divided by their type's maximum.
	 *
	 * @throws BadInputException when the map is empty (no voxels, or all 0) or holds values outside [0, 1]
	 */
	public static RandomAccessibleInterval<FloatType> probabilities(RandomAccessibleInterval<? extends RealType<?>> map, Path file, String what) {
		if (Intervals.numElements(map) == 0)
			throw new BadInputException(file, what + " is empty (0 voxels)");
		RealType<?> type = map.getType();
		double scale = type instanceof IntegerType ? type.getMaxValue() : 1;
		var out = ArrayImgs.floats(map.dimensionsAsLongArray());
		var c = out.cursor();
		boolean any = false;
		for (RealType<?> t : Views.flatIterable(map)) {
			double p = t.getRealDouble() / scale;
			if (!(p >= 0 && p <= 1))
				throw new BadInputException(file, what + " holds " + t.getRealDouble() + ": probabilities must be in [0, 1]");
			any |= p > 0;
			c.next().set((float) p);
		}
		if (!any)
			throw new BadInputException(file, what + " is empty: every voxel is 0");
		return out;
	}

	/**
	 * Segment ids as unsigned 64-bit labels that fit a signed {@code long}.
	 *
	 * @throws BadInputException on a negative or fractional value or an id above 2^63 - 1 (overflow)
	 */
	public static RandomAccessibleInterval<UnsignedLongType> segmentIds(RandomAccessibleInterval<? extends RealType<?>> segments, Path file) {
		var out = ArrayImgs.unsignedLongs(segments.dimensionsAsLongArray());
		var c = out.cursor();
		boolean unsigned64 = segments.getType() instanceof UnsignedLongType;
		for (RealType<?> t : Views.flatIterable(segments)) {
			long id = unsigned64 ? ((UnsignedLongType) t).get() : idOf(t.getRealDouble(), file);
			if (id < 0)
				throw new BadInputException(file, "segment id " + ((UnsignedLongType) t).getBigInteger() + " overflows the largest id, 2^63 - 1");
			c.next().set(id);
		}
		return out;
	}

	private static long idOf(double v, Path file) {
		if (v < 0 || v != Math.rint(v))
			throw new BadInputException(file, "segment ids must be whole numbers >= 0, found " + v);
		if (v >= 0x1p63)
			throw new BadInputException(file, "segment id " + v + " overflows the largest id, 2^63 - 1");
		return (long) v;
	}

	private static String shape(RandomAccessibleInterval<?> v) {
		return v.dimension(0) + " x " + v.dimension(1) + " x " + v.dimension(2);
	}
}
