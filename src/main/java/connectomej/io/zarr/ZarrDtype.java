package connectomej.io.zarr;

import java.nio.ByteOrder;
import java.util.Map;

import connectomej.io.n5.N5DataType;

/**
 * The {@code dtype} of a Zarr v2 array: numpy's type string, a byte-order character ({@code <} little endian,
 * {@code >} big endian, {@code |} not applicable), a kind and a size in bytes. Read: unsigned and signed integers of
 * 1, 2, 4 and 8 bytes ({@code u1..u8}, {@code i1..i8}), {@code f4}, {@code f8} and {@code b1} (bool, read as uint8 0 or
 * 1). Complex, half-precision, string, date and structured types are refused.
 *
 * @param name the type string as stored, e.g. {@code "<u2"}
 * @param type the ImgLib2/N5 type the values are read as
 * @param order the byte order of the stored values
 */
record ZarrDtype(String name, N5DataType type, ByteOrder order) {

	/** For messages: what is read. */
	static final String READ = "u1, u2, u4, u8, i1, i2, i4, i8, f4, f8 and b1 (bool), little or big endian";

	private static final Map<String, N5DataType> TYPES = Map.ofEntries(Map.entry("u1", N5DataType.UINT8),
			Map.entry("b1", N5DataType.UINT8), Map.entry("i1", N5DataType.INT8), Map.entry("u2", N5DataType.UINT16),
			Map.entry("i2", N5DataType.INT16), Map.entry("u4", N5DataType.UINT32), Map.entry("i4", N5DataType.INT32),
			Map.entry("u8", N5DataType.UINT64), Map.entry("i8", N5DataType.INT64), Map.entry("f4", N5DataType.FLOAT32),
			Map.entry("f8", N5DataType.FLOAT64));

	/**
	 * The dtype of a {@code .zarray}'s {@code "dtype"} value.
	 *
	 * @return the dtype, or null when it is not one that is read (structured types, strings, complex, ...)
	 */
	static ZarrDtype parse(Object json) {
		if (!(json instanceof String name) || name.length() < 3)
			return null;
		N5DataType type = TYPES.get(name.substring(1));
		char order = name.charAt(0);
		if (type == null || "<>|".indexOf(order) < 0 || (order == '|') != (type.bytesPerValue() == 1))
			return null;
		return new ZarrDtype(name, type, order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
	}

	/** True for numpy's bool ({@code b1}), read as uint8 0 and 1. */
	boolean isBool() {
		return name.endsWith("b1");
	}

	/** For messages, e.g. {@code "uint16 (<u2)"}. */
	@Override
	public String toString() {
		return (isBool() ? "bool as uint8" : type.jsonName()) + " (" + name + ")";
	}
}
