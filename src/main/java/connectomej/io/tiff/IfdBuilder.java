package connectomej.io.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * Builds one little-endian image file directory: entries sorted by tag, values longer than the entry's value field
 * stored after the entries. A classic TIFF's entries are 12 bytes with 4-byte counts and offsets; a BigTIFF's 20 with
 * 8-byte counts and offsets, and its strip offsets and byte counts 8-byte LONG8 values.
 */
final class IfdBuilder {

	private record Entry(int type, int count, byte[] values) {}

	private final TreeMap<Integer, Entry> entries = new TreeMap<>();
	private final boolean big;
	private final int word;

	/** A classic TIFF directory. */
	IfdBuilder() {
		this(false);
	}

	/** @param big whether the directory is a BigTIFF's */
	IfdBuilder(boolean big) {
		this.big = big;
		this.word = big ? 8 : 4;
	}

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

	/** Adds file offsets or byte counts: LONG in a classic TIFF, LONG8 in a BigTIFF. */
	IfdBuilder offsets(int tag, long... values) {
		if (!big)
			return longs(tag, values);
		ByteBuffer b = buffer(8 * values.length);
		for (long v : values)
			b.putLong(v);
		return put(tag, TiffTags.LONG8, values.length, b);
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
		int size = entriesEnd();
		for (Entry e : entries.values())
			size += e.values.length > word ? even(e.values.length) : 0;
		return size;
	}

	/** Bytes from the directory's start to the end of its next-directory offset: where out-of-line values begin. */
	private int entriesEnd() {
		return big ? 8 + 20 * entries.size() + 8 : 2 + 12 * entries.size() + 4;
	}

	/** The encoded directory, to be written at {@code offset}, pointing to the next at {@code next} (0 = last). */
	byte[] encode(long offset, long next) {
		ByteBuffer b = buffer(size());
		if (big)
			b.putLong(entries.size());
		else
			b.putShort((short) entries.size());
		int extra = entriesEnd();
		for (var e : entries.entrySet()) {
			Entry v = e.getValue();
			b.putShort(e.getKey().shortValue()).putShort((short) v.type);
			putWord(b, v.count);
			if (v.values.length <= word)
				b.put(java.util.Arrays.copyOf(v.values, word));
			else {
				putWord(b, offset + extra);
				b.mark().position(extra).put(v.values).reset();
				extra += even(v.values.length);
			}
		}
		putWord(b, next);
		return b.array();
	}

	/** A value count or an offset: 4 bytes in a classic TIFF, 8 in a BigTIFF. */
	private void putWord(ByteBuffer b, long v) {
		if (big)
			b.putLong(v);
		else
			b.putInt((int) v);
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
