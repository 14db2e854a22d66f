package connectomej.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The fields of one image file directory (IFD), by tag, with typed accessors. */
final class IfdEntries {

	private record Field(int type, long count, ByteBuffer values) {}

	private final Map<Integer, Field> fields = new HashMap<>();
	private final long next;

	/** Reads the directory at {@code offset}; {@code what} names it in messages, e.g. "page 3". */
	IfdEntries(TiffInput in, long offset, String what) throws IOException {
		int count = in.read(offset, 2, "directory of " + what).getShort() & 0xffff;
		ByteBuffer entries = in.read(offset + 2, 12L * count + 4, "directory of " + what);
		for (int i = 0; i < count; i++) {
			int tag = entries.getShort(12 * i) & 0xffff;
			int type = entries.getShort(12 * i + 2) & 0xffff;
			long n = entries.getInt(12 * i + 4) & 0xffffffffL;
			long bytes = n * TiffTags.typeSize(type);
			if (bytes == 0)
				continue;
			ByteBuffer values = bytes <= 4
					? entries.duplicate().order(in.order()).position(12 * i + 8).limit(12 * i + 8 + (int) bytes).slice().order(in.order())
					: in.read(entries.getInt(12 * i + 8) & 0xffffffffL, bytes, "tag " + tag + " of " + what);
			fields.put(tag, new Field(type, n, values));
		}
		next = entries.getInt(12 * count) & 0xffffffffL;
	}

	/** Offset of the next directory, 0 if this is the last one. */
	long next() {
		return next;
	}

	boolean has(int tag) {
		return fields.containsKey(tag);
	}

	/** The integer values of a BYTE, SHORT or LONG field, or null when the tag is absent. */
	long[] longs(int tag) {
		Field f = fields.get(tag);
		if (f == null)
			return null;
		long[] out = new long[(int) f.count];
		for (int i = 0; i < out.length; i++)
			out[i] = switch (f.type) {
				case TiffTags.BYTE -> f.values.get(i) & 0xff;
				case TiffTags.SHORT -> f.values.getShort(2 * i) & 0xffff;
				default -> f.values.getInt(4 * i) & 0xffffffffL;
			};
		return out;
	}

	/** The first integer value of a field, or {@code fallback} when absent. */
	long longValue(int tag, long fallback) {
		long[] v = longs(tag);
		return v == null || v.length == 0 ? fallback : v[0];
	}

	/** The first value of a RATIONAL field as a double, or NaN when absent or its denominator is 0. */
	double rational(int tag) {
		Field f = fields.get(tag);
		if (f == null || f.type != TiffTags.RATIONAL)
			return Double.NaN;
		long num = f.values.getInt(0) & 0xffffffffL, den = f.values.getInt(4) & 0xffffffffL;
		return den == 0 ? Double.NaN : (double) num / den;
	}

	/** An ASCII field without its terminating NUL, or null when absent. */
	String ascii(int tag) {
		Field f = fields.get(tag);
		if (f == null)
			return null;
		byte[] bytes = new byte[f.values.remaining()];
		f.values.duplicate().get(bytes);
		int end = bytes.length;
		while (end > 0 && bytes[end - 1] == 0)
			end--;
		return new String(bytes, 0, end, StandardCharsets.UTF_8);
	}
}
