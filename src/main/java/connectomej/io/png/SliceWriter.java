package connectomej.io.png;

import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

/** Turns the z sections of a volume into gray PNG images, choosing 8 or 16 bits once for all. */
final class SliceWriter {

	private final Volume<? extends RealType<?>> volume;
	private final int bitDepth;

	SliceWriter(Volume<? extends RealType<?>> volume, Path target) {
		this.volume = volume;
		this.bitDepth = bitDepth(volume.data(), target);
	}

	/** Section {@code z}, counted from the volume's min z. */
	PngGray slice(long z) {
		RandomAccessibleInterval<? extends RealType<?>> plane = Views.hyperSlice(volume.data(), 2, volume.data().min(2) + z);
		int[] samples = new int[Math.toIntExact(plane.size())];
		int i = 0;
		for (RealType<?> v : Views.flatIterable(plane))
			samples[i++] = (int) v.getRealDouble();
		return new PngGray((int) volume.width(), (int) volume.height(), bitDepth, samples);
	}

	private static int bitDepth(RandomAccessibleInterval<? extends RealType<?>> data, Path target) {
		RealType<?> type = data.getType();
		if (type instanceof UnsignedByteType)
			return 8;
		if (!(type instanceof IntegerType))
			throw new BadInputException(target, "PNG holds integers; convert " + type.getClass().getSimpleName()
					+ " data to 8- or 16-bit first, or write TIFF");
		for (RealType<?> v : Views.iterable(data))
			if (v.getRealDouble() < 0 || v.getRealDouble() > 65535)
				throw new BadInputException(target, "value " + (long) v.getRealDouble() + " does not fit a 16-bit PNG");
		return 16;
	}
}
