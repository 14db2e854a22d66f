package connectomej.io.hdf5;

import java.util.HashMap;
import java.util.Map;

import io.jhdf.api.Dataset;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/** Short names of HDF5 element types (u8, i64, f32, ...) and which ones this reader turns into volumes. */
final class Hdf5Types {

	private Hdf5Types() {}

	/** Like "u8", "i32", "f32", "enum i8" (an enumeration over i8, as h5py stores booleans); other classes by their Java type name. */
	static String name(Dataset d) {
		return name(d.getDataType());
	}

	private static String name(DataType t) {
		if (t instanceof EnumDataType e)
			return "enum " + name(e.getBaseType());
		if (t instanceof FixedPoint f)
			return (f.isSigned() ? "i" : "u") + 8 * f.getSize();
		if (t instanceof FloatingPoint)
			return "f" + 8 * t.getSize();
		return t.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

	/** True for integer and floating point element types, and enumerations over integers (read as their values). */
	static boolean isNumeric(Dataset d) {
		DataType t = d.getDataType();
		return t instanceof FixedPoint || t instanceof FloatingPoint || t instanceof EnumDataType e && e.getBaseType() instanceof FixedPoint;
	}

	/**
	 * The values behind one row of an enumeration dataset, which jHDF returns as the members' names.
	 *
	 * @param values each member's name to its integer value
	 */
	static long[] enumValues(String[] names, Map<String, Long> values) {
		long[] row = new long[names.length];
		for (int i = 0; i < names.length; i++)
			row[i] = values.get(names[i]);
		return row;
	}

	/** Each member's name of an enumeration dataset to its value, or null for other datasets. */
	static Map<String, Long> enumMembers(Dataset d) {
		if (!(d.getDataType() instanceof EnumDataType e))
			return null;
		Map<String, Long> values = new HashMap<>();
		e.getEnumMapping().forEach((value, name) -> values.put(name, value.longValue()));
		return values;
	}
}
