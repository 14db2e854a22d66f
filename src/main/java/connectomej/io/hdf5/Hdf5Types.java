package connectomej.io.hdf5;

import io.jhdf.api.Dataset;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/** Short names of HDF5 element types (u8, i64, f32, ...) and which ones this reader turns into volumes. */
final class Hdf5Types {

	private Hdf5Types() {}

	/** Like "u8", "i32", "f32"; other classes by their Java type name. */
	static String name(Dataset d) {
		DataType t = d.getDataType();
		if (t instanceof FixedPoint f)
			return (f.isSigned() ? "i" : "u") + 8 * f.getSize();
		if (t instanceof FloatingPoint)
			return "f" + 8 * t.getSize();
		return t.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

	/** True for integer and floating point element types. */
	static boolean isNumeric(Dataset d) {
		return d.getDataType() instanceof FixedPoint || d.getDataType() instanceof FloatingPoint;
	}
}
