package connectomej.io.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/** Builds one little-endian image file directory: entries sorted by tag, long values stored after the entries. */
final class IfdBuilder {

	private record Entry(int type, int count, byte[] values) {}

	private final TreeMap<Integer, Entry> entries = new TreeMap<>();

	/** Adds SHORT values (each < 65536). */
	IfdBuilder shorts(int tag, long... values) {
		ByteBuffer b = buffer(2 * values.length);
		for (long v : values)
			b.putShort((short) v);
		return put(tag, TiffTags.SHORT, values.length, b);
	}

	/** Adds LONG values (unsigned 32-bit). */
	IfdBuilder longs(int tag, long... values) {
		ByteBuffer b = buffer(4 * values.length);
		for (long v : values)
			b.putInt((int) v);
		return put(tag, TiffTags.LONG, values.length, b);
	}

	/** Adds one RATIONAL numerator / denominator. */
	IfdBuilder rational(int tag, long numerator, long denominator) {
		return put(tag, TiffTags.RATIONAL, 1, buffer(8).putInt((int) numerator).putInt((int) denominator));
	}

	/** Adds NUL-terminated ASCII text. */
	IfdBuilder ascii(int tag, String text) {
		byte[] bytes = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
		return put(tag, TiffTags.ASCII, bytes.length, ByteBuffer.wrap(bytes));
	}

	/** Size in bytes of the encoded directory with its out-of-line values. */
	int size() {
		int size = 2 + 12 * entries.size() + 4;
		for (Entry e : entries.values())
			size += e.values.length > 4 ? even(e.values.length) : 0;
		return size;
	}

	/** The encoded directory, to be written at {@code offset}, pointing to the next at {@code next} (0 = last). */
	byte[] encode(long offset, long next) {
		ByteBuffer b = buffer(size());
		b.putShort((short) entries.size());
		int extra = 2 + 12 * entries.size() + 4;
		for (var e : entries.entrySet()) {
			Entry v = e.getValue();
			b.putShort(e.getKey().shortValue()).putShort((short) v.type).putInt(v.count);
			if (v.values.length <= 4)
				b.put(java.util.Arrays.copyOf(v.values, 4));
			else {
				b.putInt((int) (offset + extra)).mark().position(extra).put(v.values).reset();
				extra += even(v.values.length);
			}
		}
		b.putInt((int) next);
		return b.array();
	}

	private IfdBuilder put(int tag, int type, int count, ByteBuffer values) {
		entries.put(tag, new Entry(type, count, values.array()));
		return this;
	}

	private static int even(int n) {
		return (n + 1) & ~1;
	}

	private static ByteBuffer buffer(int n) {
		return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
	}
}
