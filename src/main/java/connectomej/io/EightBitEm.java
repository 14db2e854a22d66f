package connectomej.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * EM as the suite's networks read it: 8-bit values, 0-255. A 16-bit or float stack whose values stay within 0-255 is
 * read as it is; one whose values leave that range is refused, naming the file and the range found. (Clamped, a
 * 16-bit FIB-SEM stack turns mostly white; divided as if 8-bit, it is far out of the range the networks were trained
 * on. Either way the maps came out wrong without a word.)
 */
public final class EightBitEm {

	private EightBitEm() {}

	/**
	 * Reads an EM volume ({@link VolumeFiles#read}) and refuses it when its values leave 0-255.
	 *
	 * @throws BadInputException naming the file, as {@link #require}
	 */
	public static Volume<? extends RealType<?>> read(String location) throws IOException {
		Volume<? extends RealType<?>> v = VolumeFiles.read(location);
		require(v.data(), VolumeLocation.parse(location).file());
		return v;
	}

	/**
	 * Opens an EM volume by sections ({@link SectionStreams#open}); each slab read is refused when its values leave 0-255.
	 */
	public static SectionSource open(String location) throws IOException {
		return checked(SectionStreams.open(location), VolumeLocation.parse(location).file());
	}

	/**
	 * @param file named in the message, or null (an image in memory)
	 * @throws BadInputException when a value is below 0, above 255 or not a number
	 */
	public static void require(RandomAccessibleInterval<? extends RealType<?>> data, Path file) {
		if (data.getType() instanceof UnsignedByteType)
			return;
		ValueRange r = ValueRange.of(data);
		if (!r.within(0, 255))
			throw new BadInputException(file, "EM values run from " + number(r.min()) + " to " + number(r.max()) + (r.nan() ? " with NaN" : "")
					+ " (" + typeName(data.getType()) + "): the networks read 8-bit EM, 0-255; "
					+ "convert the stack to 8-bit first (in Fiji: Image > Type > 8-bit, which maps its display range to 0-255)");
	}

	/**
	 * Refuses, before work starts, a source whose values leave 0-255: an 8-bit source after its first section, any
	 * other after reading it whole, a few sections at a time.
	 *
	 * @throws BadInputException as {@link #require}
	 */
	public static void requireAll(SectionSource source, Path file) throws IOException {
		SectionStreams.checkAll(source, 8, type -> type instanceof UnsignedByteType, slab -> require(slab, file));
	}

	/** A source whose every slab is checked by {@link #require}. */
	public static SectionSource checked(SectionSource source, Path file) {
		return SectionStreams.checked(source, slab -> require(slab, file));
	}

	private static String typeName(RealType<?> t) {
		if (t instanceof UnsignedShortType)
			return "16-bit";
		if (t instanceof FloatType)
			return "32-bit float";
		return t.getClass().getSimpleName().replace("Type", "");
	}

	private static String number(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
	}
}
