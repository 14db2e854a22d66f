package connectomej.io.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

/** Collects decoded pages into one primitive array and wraps it as an ImgLib2 ArrayImg (x, y, z). */
final class StackAssembler {

	private final TiffPage format;
	private final int planeSize;
	private final long[] dims;
	private final Object array;

	StackAssembler(TiffPage format, int depth) {
		this.format = format;
		this.planeSize = format.width() * format.height();
		this.dims = new long[] { format.width(), format.height(), depth };
		int n = Math.multiplyExact(planeSize, depth);
		this.array = switch (format.bitsPerSample()) {
			case 8 -> new byte[n];
			case 16 -> new short[n];
			default -> format.sampleFormat() == 3 ? new float[n] : new int[n];
		};
	}

	/** Stores the decoded bytes of page z (as {@link PageDecoder} returns them). */
	void put(int z, byte[] plane, ByteOrder order) {
		ByteBuffer b = ByteBuffer.wrap(plane).order(order);
		int at = z * planeSize;
		if (array instanceof byte[] a)
			System.arraycopy(plane, 0, a, at, planeSize);
		else if (array instanceof short[] a)
			b.asShortBuffer().get(a, at, planeSize);
		else if (array instanceof float[] a)
			b.asFloatBuffer().get(a, at, planeSize);
		else
			b.asIntBuffer().get((int[]) array, at, planeSize);
	}

	/** The image over the collected pages. */
	ArrayImg<? extends RealType<?>, ?> image() {
		if (array instanceof byte[] a)
			return ArrayImgs.unsignedBytes(a, dims);
		if (array instanceof short[] a)
			return ArrayImgs.unsignedShorts(a, dims);
		if (array instanceof float[] a)
			return ArrayImgs.floats(a, dims);
		return ArrayImgs.unsignedInts((int[]) array, dims);
	}

	/** True when another page has the same size and pixel type as the first. */
	boolean matches(TiffPage p) {
		return p.width() == format.width() && p.height() == format.height()
				&& p.bitsPerSample() == format.bitsPerSample() && p.sampleFormat() == format.sampleFormat();
	}
}
