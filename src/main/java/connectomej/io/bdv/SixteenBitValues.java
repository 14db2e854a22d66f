package connectomej.io.bdv;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

/**
 * The 16-bit values of BigDataViewer's HDF5 flavour. bigdataviewer-core's {@code Hdf5ImageLoader} shows a setup
 * whose group has no {@code dataType} attribute (every file written before 2023, and the only kind older Fiji
 * installations read) as {@code UnsignedShortType}, reading the stored 16-bit integers with the memory type
 * {@code H5T_NATIVE_INT16}; its exporter therefore stores unsigned values in signed int16 datasets, bit for bit:
 * 40000 is stored as -25536. This class makes the unsigned values; {@link #stored} and {@link #unsigned} are the
 * bit-for-bit mapping.
 * <ul>
 * <li>intensities with integer values (8- or 16-bit EM): unchanged, clamped to 0..65535;</li>
 * <li>intensities with real values (probabilities, variance maps, in [0, 1]): {@code round(v * 65535)}, clamped;</li>
 * <li>labels: 0 (background) stays 0, ids 1..65535 are unchanged, larger ids fold into 1..65535 as
 * {@code (id - 1) mod 65535 + 1} (colours may then repeat: the N5 flavour keeps 64-bit ids).</li>
 * </ul>
 */
public final class SixteenBitValues {

	/** Largest value. */
	public static final int MAX = 0xFFFF;

	private SixteenBitValues() {}

	/**
	 * Converts a volume voxel by voxel, by the rules above.
	 *
	 * @param input axes x, y, z
	 * @param labels true for label images
	 * @param output same size, allocated by the caller (compared in flat iteration order, x fastest)
	 */
	public static void convert(RandomAccessibleInterval<? extends RealType<?>> input, boolean labels, RandomAccessibleInterval<UnsignedShortType> output) {
		Cursor<? extends RealType<?>> in = Views.flatIterable(input).cursor();
		Cursor<UnsignedShortType> out = Views.flatIterable(output).cursor();
		while (in.hasNext())
			out.next().set(of(in.next(), labels));
	}

	/** The 16-bit value of one voxel, 0..65535. */
	public static int of(RealType<?> value, boolean labels) {
		if (value instanceof IntegerType<?> i)
			return labels ? foldLabel(i.getIntegerLong()) : clamp(i.getIntegerLong());
		double v = value.getRealDouble();
		return labels ? foldLabel((long) v) : clamp(Math.round(v * MAX));
	}

	/** A label id folded into 1..65535 (0 stays 0); ids are unsigned 64-bit. */
	public static int foldLabel(long id) {
		return id == 0 ? 0 : (int) Long.remainderUnsigned(id - 1, MAX) + 1;
	}

	/** The int16 stored in the HDF5 file for an unsigned value 0..65535 (same bits). */
	public static short stored(int unsigned) {
		return (short) unsigned;
	}

	/** The unsigned value 0..65535 of a stored int16 (same bits). */
	public static int unsigned(short stored) {
		return stored & MAX;
	}

	private static int clamp(long v) {
		return (int) Math.max(0, Math.min(MAX, v));
	}
}
