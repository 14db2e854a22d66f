package connectomej.io.n5;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.img.basictypeaccess.array.LongArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.NativeType;

/** Views of the primitive arrays of N5 blocks as ImgLib2 images and cell accesses (no copies). */
final class N5Arrays {

	private N5Arrays() {}

	/** The array as an image of the given type and dimensions (x fastest). */
	@SuppressWarnings("unchecked")
	static <T extends NativeType<T>> ArrayImg<T, ?> wrap(N5DataType type, Object array, long[] dims) {
		return (ArrayImg<T, ?>) switch (type) {
			case UINT8 -> ArrayImgs.unsignedBytes((byte[]) array, dims);
			case INT8 -> ArrayImgs.bytes((byte[]) array, dims);
			case UINT16 -> ArrayImgs.unsignedShorts((short[]) array, dims);
			case INT16 -> ArrayImgs.shorts((short[]) array, dims);
			case UINT32 -> ArrayImgs.unsignedInts((int[]) array, dims);
			case INT32 -> ArrayImgs.ints((int[]) array, dims);
			case UINT64 -> ArrayImgs.unsignedLongs((long[]) array, dims);
			case INT64 -> ArrayImgs.longs((long[]) array, dims);
			case FLOAT32 -> ArrayImgs.floats((float[]) array, dims);
			case FLOAT64 -> ArrayImgs.doubles((double[]) array, dims);
		};
	}

	/** The array as the data access of a cell. */
	static ArrayDataAccess<?> access(Object array) {
		if (array instanceof byte[] a)
			return new ByteArray(a);
		if (array instanceof short[] a)
			return new ShortArray(a);
		if (array instanceof int[] a)
			return new IntArray(a);
		if (array instanceof long[] a)
			return new LongArray(a);
		if (array instanceof float[] a)
			return new FloatArray(a);
		return new DoubleArray((double[]) array);
	}

	static long[] dims(int[] size) {
		long[] d = new long[size.length];
		for (int i = 0; i < d.length; i++)
			d[i] = size[i];
		return d;
	}
}
