package connectomej.proofread;

import java.io.IOException;
import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.io.SectionSource;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** One z section of a {@link SectionSource} as a flat array, x fastest ({@code x + y * dimX}). */
final class SectionArrays {

	private SectionArrays() {}

	/** Section {@code z} as floats. */
	static float[] floats(SectionSource source, int z) throws IOException {
		float[] out = new float[sectionSize(source)];
		int i = 0;
		for (RealType<?> t : Views.flatIterable(source.read(z, z)))
			out[i++] = t.getRealFloat();
		return out;
	}

	/**
	 * Section {@code z} as label ids.
	 *
	 * @throws BadInputException naming {@code file} when a value is negative or fractional
	 */
	static long[] labels(SectionSource source, int z, Path file) throws IOException {
		long[] out = new long[sectionSize(source)];
		int i = 0;
		for (RealType<?> t : Views.flatIterable(source.read(z, z)))
			out[i++] = label(t, file, z);
		return out;
	}

	private static long label(RealType<?> t, Path file, int z) {
		if (t instanceof IntegerType<?> integer)
			return integer.getIntegerLong();
		double v = t.getRealDouble();
		if (v < 0 || v != Math.rint(v))
			throw new BadInputException(file, "not a label volume: section " + z + " holds the value " + v
					+ " (labels are whole numbers >= 0)");
		return (long) v;
	}

	private static int sectionSize(SectionSource source) {
		long[] d = source.dimensions();
		return Math.toIntExact(d[0] * d[1]);
	}
}
