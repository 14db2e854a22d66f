package connectomej.io.n5;

import java.nio.ByteBuffer;
import java.util.Locale;

import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.LongType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The value types of the N5 specification ({@code "dataType"} attribute), each with its ImgLib2 type and its Java
 * primitive array: {@code byte[]} for 8-bit, {@code short[]} for 16-bit, {@code int[]} for 32-bit integers,
 * {@code long[]} for 64-bit integers, {@code float[]}, {@code double[]}. Unsigned values are stored in the signed
 * array of the same width, bit for bit.
 */
public enum N5DataType {

	UINT8(1), INT8(1), UINT16(2), INT16(2), UINT32(4), INT32(4), UINT64(8), INT64(8), FLOAT32(4), FLOAT64(8);

	private final int bytes;

	N5DataType(int bytes) {
		this.bytes = bytes;
	}

	/** Bytes per value. */
	public int bytesPerValue() {
		return bytes;
	}

	/** The name in {@code attributes.json}, e.g. {@code "uint8"}. */
	public String jsonName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The type for a name in {@code attributes.json}, or null when it is not one of the N5 types. */
	public static N5DataType fromJsonName(String name) {
		for (N5DataType t : values())
			if (t.jsonName().equals(name))
				return t;
		return null;
	}

	/** A new ImgLib2 variable of this type. */
	public NativeType<?> createType() {
		return switch (this) {
			case UINT8 -> new UnsignedByteType();
			case INT8 -> new ByteType();
			case UINT16 -> new UnsignedShortType();
			case INT16 -> new ShortType();
			case UINT32 -> new UnsignedIntType();
			case INT32 -> new IntType();
			case UINT64 -> new UnsignedLongType();
			case INT64 -> new LongType();
			case FLOAT32 -> new FloatType();
			case FLOAT64 -> new DoubleType();
		};
	}

	/**
	 * The N5 type of an ImgLib2 type.
	 *
	 * @throws IllegalArgumentException for types N5 does not store
	 */
	public static N5DataType of(RealType<?> type) {
		for (N5DataType t : values())
			if (t.createType().getClass() == type.getClass())
				return t;
		throw new IllegalArgumentException("N5 cannot store " + type.getClass().getSimpleName());
	}

	/** A zero-filled primitive array for {@code n} values. */
	public Object allocate(int n) {
		return switch (bytes) {
			case 1 -> new byte[n];
			case 2 -> new short[n];
			case 4 -> this == FLOAT32 ? new float[n] : new int[n];
			default -> this == FLOAT64 ? new double[n] : new long[n];
		};
	}

	/** Big-endian bytes of a primitive array of this type. */
	public byte[] toBytes(Object array, int n) {
		ByteBuffer b = ByteBuffer.allocate(n * bytes); // big endian by default
		switch (this) {
			case UINT8, INT8 -> b.put((byte[]) array, 0, n);
			case UINT16, INT16 -> b.asShortBuffer().put((short[]) array, 0, n);
			case UINT32, INT32 -> b.asIntBuffer().put((int[]) array, 0, n);
			case UINT64, INT64 -> b.asLongBuffer().put((long[]) array, 0, n);
			case FLOAT32 -> b.asFloatBuffer().put((float[]) array, 0, n);
			case FLOAT64 -> b.asDoubleBuffer().put((double[]) array, 0, n);
		}
		return b.array();
	}

	/** A primitive array of {@code n} values read from big-endian bytes (at least {@code n * bytesPerValue()}). */
	public Object fromBytes(ByteBuffer bigEndian, int n) {
		Object array = allocate(n);
		switch (this) {
			case UINT8, INT8 -> bigEndian.get((byte[]) array);
			case UINT16, INT16 -> bigEndian.asShortBuffer().get((short[]) array);
			case UINT32, INT32 -> bigEndian.asIntBuffer().get((int[]) array);
			case UINT64, INT64 -> bigEndian.asLongBuffer().get((long[]) array);
			case FLOAT32 -> bigEndian.asFloatBuffer().get((float[]) array);
			case FLOAT64 -> bigEndian.asDoubleBuffer().get((double[]) array);
		}
		return array;
	}
}
