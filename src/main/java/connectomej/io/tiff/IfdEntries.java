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

	/**
	 * Reads the directory at {@code offset}; {@code what} names it in messages, e.g. "page 3". A classic TIFF's
	 * entries are 12 bytes (4-byte counts and offsets, values of up to 4 bytes inline), a BigTIFF's 20 (8-byte counts
	 * and offsets, up to 8 bytes inline).
	 */
	IfdEntries(TiffInput in, long offset, String what) throws IOException {
		int word = in.big() ? 8 : 4, entry = 4 + 2 * word, countBytes = in.big() ? 8 : 2;
		ByteBuffer header = in.read(offset, countBytes, "directory of " + what);
		long count = in.big() ? header.getLong() : header.getShort() & 0xffff;
		if (count > 0xffff)
			throw in.bad("malformed TIFF: the directory of " + what + " claims " + count + " entries");
		ByteBuffer entries = in.read(offset + countBytes, entry * count + word, "directory of " + what);
		for (int i = 0; i < count; i++) {
			int at = entry * i;
			int tag = entries.getShort(at) & 0xffff;
			int type = entries.getShort(at + 2) & 0xffff;
			long n = word(entries, at + 4, word);
			long bytes = n * TiffTags.typeSize(type);
			if (bytes == 0)
				continue;
			if (n < 0 || bytes < 0 || bytes > Integer.MAX_VALUE)
				throw in.bad("malformed TIFF: tag " + tag + " of " + what + " claims " + Long.toUnsignedString(n) + " values");
			ByteBuffer values = bytes <= word
					? entries.duplicate().order(in.order()).position(at + 4 + word).limit(at + 4 + word + (int) bytes).slice().order(in.order())
					: in.read(word(entries, at + 4 + word, word), bytes, "tag " + tag + " of " + what);
			fields.put(tag, new Field(type, n, values));
		}
		next = word(entries, (int) (entry * count), word);
	}

	/** An unsigned 4-byte or a signed 8-byte integer at {@code at}. */
	private static long word(ByteBuffer b, int at, int bytes) {
		return bytes == 8 ? b.getLong(at) : b.getInt(at) & 0xffffffffL;
	}

	/** Offset of the next directory, 0 if this is the last one. */
	long next() {
		return next;
	}

	boolean has(int tag) {
		return fields.containsKey(tag);
	}

	/** The integer values of a BYTE, SHORT, LONG or (BigTIFF) LONG8 / IFD8 field, or null when the tag is absent. */
	long[] longs(int tag) {
		Field f = fields.get(tag);
		if (f == null)
			return null;
		long[] out = new long[(int) f.count];
		for (int i = 0; i < out.length; i++)
			out[i] = switch (f.type) {
				case TiffTags.BYTE -> f.values.get(i) & 0xff;
				case TiffTags.SHORT -> f.values.getShort(2 * i) & 0xffff;
				case TiffTags.LONG8, TiffTags.SLONG8, TiffTags.IFD8 -> f.values.getLong(8 * i);
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
