package connectomej.io.hdf5;

import java.math.BigInteger;

/**
 * Copies rows as jHDF returns them (int[] for u8/u16/i32, long[] for u32/i64, BigInteger[] for u64, byte[], short[],
 * float[], double[]) into the primitive array behind a volume.
 */
final class Hdf5Rows {

	private Hdf5Rows() {}

	/**
	 * @param row one row of the dataset as returned by jHDF
	 * @param target byte[], short[], float[] or long[]
	 * @param at index in {@code target} of the row's first element
	 * @return false when a value is negative and the target holds labels (long[])
	 */
	static boolean copy(Object row, Object target, int at) {
		int n = java.lang.reflect.Array.getLength(row);
		for (int i = 0; i < n; i++) {
			if (target instanceof long[] t) {
				long v = integer(row, i);
				if (v < 0 && !(row instanceof BigInteger[]))
					return false;
				t[at + i] = v;
			} else if (target instanceof float[] t)
				t[at + i] = (float) real(row, i);
			else if (target instanceof short[] t)
				t[at + i] = (short) integer(row, i);
			else
				((byte[]) target)[at + i] = (byte) integer(row, i);
		}
		return true;
	}

	private static long integer(Object row, int i) {
		if (row instanceof int[] r)
			return r[i];
		if (row instanceof long[] r)
			return r[i];
		if (row instanceof BigInteger[] r)
			return r[i].longValue();
		if (row instanceof short[] r)
			return r[i];
		if (row instanceof byte[] r)
			return r[i];
		return (long) real(row, i);
	}

	private static double real(Object row, int i) {
		if (row instanceof float[] r)
			return r[i];
		if (row instanceof double[] r)
			return r[i];
		return integer(row, i);
	}
}
