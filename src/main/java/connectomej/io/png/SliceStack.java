package connectomej.io.png;

import java.nio.file.Path;

import connectomej.io.BadInputException;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

/** Collects decoded slices of equal size and bit depth into one 8- or 16-bit ArrayImg (x, y, z). */
final class SliceStack {

	private final PngGray first;
	private final int planeSize;
	private final byte[] bytes;
	private final short[] shorts;
	private final int depth;

	SliceStack(PngGray first, int depth) {
		this.first = first;
		this.depth = depth;
		this.planeSize = first.width() * first.height();
		if ((long) planeSize * depth > Integer.MAX_VALUE - 16)
			throw new BadInputException(null, "PNG slices too large for one array: " + planeSize + " x " + depth + " voxels");
		this.bytes = first.bitDepth() == 8 ? new byte[planeSize * depth] : null;
		this.shorts = first.bitDepth() == 8 ? null : new short[planeSize * depth];
	}

	void put(int z, PngGray slice, Path file) {
		if (slice.width() != first.width() || slice.height() != first.height() || slice.bitDepth() != first.bitDepth())
			throw new BadInputException(file, "slice is " + slice.width() + " x " + slice.height() + " " + slice.bitDepth()
					+ "-bit but the first is " + first.width() + " x " + first.height() + " " + first.bitDepth() + "-bit");
		int at = z * planeSize;
		for (int i = 0; i < planeSize; i++)
			if (bytes != null)
				bytes[at + i] = (byte) slice.samples()[i];
			else
				shorts[at + i] = (short) slice.samples()[i];
	}

	ArrayImg<? extends RealType<?>, ?> image() {
		return bytes != null ? ArrayImgs.unsignedBytes(bytes, first.width(), first.height(), depth)
				: ArrayImgs.unsignedShorts(shorts, first.width(), first.height(), depth);
	}
}
