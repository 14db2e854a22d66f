package connectomej.io.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** The bytes of one z plane as stored: little-endian samples, x fastest. Also tracks the value range. */
final class PlaneEncoder {

	private final RandomAccessibleInterval<? extends RealType<?>> data;
	private final StoredType stored;
	private double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;

	PlaneEncoder(RandomAccessibleInterval<? extends RealType<?>> data, StoredType stored) {
		this.data = data;
		this.stored = stored;
	}

	/** Plane {@code z} counted from the interval's min z. */
	byte[] encode(long z) {
		RandomAccessibleInterval<? extends RealType<?>> plane = Views.hyperSlice(data, 2, data.min(2) + z);
		ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(plane.size() * stored.bytes())).order(ByteOrder.LITTLE_ENDIAN);
		for (RealType<?> v : Views.flatIterable(plane)) {
			double d = v.getRealDouble();
			min = Math.min(min, d);
			max = Math.max(max, d);
			switch (stored) {
				case U8 -> b.put((byte) d);
				case U16 -> b.putShort((short) d);
				case F32 -> b.putFloat(v.getRealFloat());
			}
		}
		return b.array();
	}

	/** Smallest value encoded so far. */
	double min() {
		return min;
	}

	/** Largest value encoded so far. */
	double max() {
		return max;
	}
}
