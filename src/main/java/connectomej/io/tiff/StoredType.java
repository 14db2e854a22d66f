package connectomej.io.tiff;

import java.nio.file.Path;

import connectomej.io.BadInputException;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/** The sample types this writer stores: the three ImageJ opens as 8-bit, 16-bit and 32-bit images. */
enum StoredType {
	U8(8, 1), U16(16, 1), F32(32, 3);

	/** Largest integer that 32-bit float holds exactly, plus one: 2^24. */
	static final double FLOAT_EXACT_LIMIT = 1 << 24;

	final int bits;
	final int sampleFormat;

	StoredType(int bits, int sampleFormat) {
		this.bits = bits;
		this.sampleFormat = sampleFormat;
	}

	int bytes() {
		return bits / 8;
	}

	/**
	 * The type to store {@code data} in: 8-bit for UnsignedByteType, 16-bit for UnsignedShortType, 32-bit float for
	 * FloatType and other non-integer types; other integer types (labels) go to 16-bit when all values are in
	 * [0, 65535], else to float when every value is exact in float (|v| < 2^24).
	 *
	 * @throws BadInputException naming {@code target} when integer values are too large for either
	 */
	static StoredType choose(RandomAccessibleInterval<? extends RealType<?>> data, Path target) {
		RealType<?> type = data.getType();
		if (type instanceof UnsignedByteType)
			return U8;
		if (type instanceof UnsignedShortType)
			return U16;
		if (type instanceof FloatType || !(type instanceof IntegerType))
			return F32;
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (RealType<?> v : Views.iterable(data)) {
			double d = v.getRealDouble();
			min = Math.min(min, d);
			max = Math.max(max, d);
		}
		if (min >= 0 && max <= 65535)
			return U16;
		if (Math.max(Math.abs(min), Math.abs(max)) < FLOAT_EXACT_LIMIT)
			return F32;
		throw new BadInputException(target, "integer values up to " + (long) Math.max(Math.abs(min), Math.abs(max))
				+ " fit neither 16-bit nor exactly 32-bit float TIFF (limit 2^24); write HDF5 instead");
	}
}
