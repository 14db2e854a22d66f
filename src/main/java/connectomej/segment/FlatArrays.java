package connectomej.segment;

import net.imglib2.Cursor;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Copies between ImgLib2 views and flat primitive arrays (flat index {@code x + w * (y + h * z)}, x fastest), the
 * layout every algorithm of this package works on internally.
 */
public final class FlatArrays {

	private FlatArrays() {}

	/** The dimensions of a 3D interval {x, y, z} as ints; throws when it has more than 2^31 - 16 voxels. */
	public static int[] dimensions(Interval interval) {
		if (interval.numDimensions() != 3)
			throw new IllegalArgumentException("expected 3 axes (x, y, z), got " + interval.numDimensions());
		long n = interval.dimension(0) * interval.dimension(1) * interval.dimension(2);
		if (n > Integer.MAX_VALUE - 16)
			throw new IllegalArgumentException("interval of " + n + " voxels is too large for one array: process it block-wise");
		return new int[] { (int) interval.dimension(0), (int) interval.dimension(1), (int) interval.dimension(2) };
	}

	/** The voxel values of {@code data} (3D, any min) as floats, x fastest. */
	public static float[] floats(RandomAccessibleInterval<? extends RealType<?>> data) {
		int[] dims = dimensions(data);
		float[] out = new float[dims[0] * dims[1] * dims[2]];
		Cursor<? extends RealType<?>> c = Views.flatIterable(data).cursor();
		for (int i = 0; i < out.length; i++)
			out[i] = c.next().getRealFloat();
		return out;
	}

	/** The voxel values of {@code labels} (3D, any min) as longs, x fastest. */
	public static long[] longs(RandomAccessibleInterval<? extends IntegerType<?>> labels) {
		int[] dims = dimensions(labels);
		long[] out = new long[dims[0] * dims[1] * dims[2]];
		Cursor<? extends IntegerType<?>> c = Views.flatIterable(labels).cursor();
		for (int i = 0; i < out.length; i++)
			out[i] = c.next().getIntegerLong();
		return out;
	}

	/** Writes {@code values} (x fastest) into {@code out}, which must have exactly as many voxels. */
	public static void write(long[] values, RandomAccessibleInterval<? extends IntegerType<?>> out) {
		if (out.size() != values.length)
			throw new IllegalArgumentException("output has " + out.size() + " voxels, the values " + values.length);
		Cursor<? extends IntegerType<?>> c = Views.flatIterable(out).cursor();
		for (long v : values)
			c.next().setInteger(v);
	}

	/** Writes {@code values} (x fastest) into {@code out}, which must have exactly as many voxels. */
	public static void write(int[] values, RandomAccessibleInterval<? extends IntegerType<?>> out) {
		if (out.size() != values.length)
			throw new IllegalArgumentException("output has " + out.size() + " voxels, the values " + values.length);
		Cursor<? extends IntegerType<?>> c = Views.flatIterable(out).cursor();
		for (int v : values)
			c.next().setInteger(v);
	}
}
