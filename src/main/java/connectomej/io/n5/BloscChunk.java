package connectomej.io.n5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A Blosc1 chunk (c-blosc 1.x, {@code README_CHUNK_FORMAT.rst}): what saalfeldlab's n5-blosc writes as the payload of
 * an N5 block. It is read only. A 16-byte header, all integers little endian: format version (uint8, 2), codec format
 * version (uint8, 1), flags (uint8), typesize (uint8, bytes per value), nbytes (uint32, decoded size), blocksize
 * (uint32, decoded bytes per internal block, the last block may be shorter), cbytes (uint32, the chunk's size with its
 * header). Unless the chunk is stored as it is (flag 0x02, "memcpyed"), an int32 start offset per block follows,
 * counted from the chunk's first byte; a block is one stream or, for full blocks of at most 16-byte values and at
 * least 128 of them, {@code typesize} streams (unless flag 0x10 says "not split"), each preceded by its int32 length; a
 * stream as long as its decoded part is stored as it is. Flag 0x01 is the byte shuffle, 0x04 the bit shuffle
 * ({@link Unshuffle}), bits 5-7 the codec ({@link BloscCodec}).
 *
 * @param version format version, 2 for Blosc1
 * @param codecVersion version of the codec's format, 1 for all of Blosc1's codecs
 * @param flags the flags byte, 0..255
 * @param typesize bytes per value (shuffle unit), 1..255
 * @param nbytes decoded size in bytes
 * @param blocksize decoded bytes per internal block
 * @param cbytes the chunk's size in bytes, header included
 */
public record BloscChunk(int version, int codecVersion, int flags, int typesize, int nbytes, int blocksize, int cbytes) {

	/** Header bytes. */
	public static final int HEADER = 16;
	private static final int SHUFFLE = 0x01, MEMCPYED = 0x02, BITSHUFFLE = 0x04, RESERVED = 0x08, DONT_SPLIT = 0x10;
	/** Blocks split into per-byte streams hold values of at most this many bytes... */
	private static final int MAX_SPLITS = 16;
	/** ...and at least this many values. */
	private static final int MIN_SPLIT_VALUES = 128;

	/**
	 * Reads and checks the header of the chunk at {@code offset}.
	 *
	 * @param length bytes available from {@code offset}; the chunk's {@code cbytes} must fit in them
	 * @throws IOException naming the problem when the header is truncated, inconsistent, or not Blosc1's
	 */
	public static BloscChunk header(byte[] bytes, int offset, int length) throws IOException {
		check(length >= HEADER, "truncated: " + length + " bytes, the header alone is " + HEADER);
		ByteBuffer b = ByteBuffer.wrap(bytes, offset, HEADER).order(ByteOrder.LITTLE_ENDIAN);
		BloscChunk h = new BloscChunk(b.get() & 0xff, b.get() & 0xff, b.get() & 0xff, b.get() & 0xff, b.getInt(), b.getInt(), b.getInt());
		check(h.version == 2, "format version " + h.version + " is not Blosc1's (2)");
		check((h.flags & RESERVED) == 0, "reserved flag 0x08 is set (not a Blosc1 chunk)");
		check(h.codecVersion == 1, "codec format version " + h.codecVersion + " is not Blosc1's (1)");
		check(h.typesize > 0, "typesize is 0");
		check(h.nbytes >= 0 && (h.blocksize > 0 || h.nbytes == 0), "header says " + Integer.toUnsignedString(h.nbytes)
				+ " bytes in blocks of " + Integer.toUnsignedString(h.blocksize));
		check(h.cbytes >= HEADER && h.cbytes <= length, "truncated or bad header: it says " + Integer.toUnsignedString(h.cbytes)
				+ " bytes, " + length + " are there");
		return h;
	}

	/**
	 * Decodes the chunk at {@code offset}.
	 *
	 * @param length bytes available from {@code offset}
	 * @param maxBytes the most decoded bytes the caller takes (a header that says more is refused before anything is
	 *            allocated)
	 * @return the {@code nbytes} decoded bytes, in the byte order they were compressed in (N5: big endian)
	 * @throws IOException naming the problem (and the internal block) when the chunk is truncated or corrupt, or uses a
	 *             codec that is not Blosc1's
	 */
	public static byte[] decode(byte[] bytes, int offset, int length, int maxBytes) throws IOException {
		BloscChunk h = header(bytes, offset, length);
		check(h.nbytes <= maxBytes, "holds " + h.nbytes + " bytes, more than the " + maxBytes + " expected");
		byte[] out = new byte[h.nbytes];
		if ((h.flags & MEMCPYED) != 0) {
			check(h.cbytes == HEADER + h.nbytes, "stored as it is, but " + h.cbytes + " bytes for " + h.nbytes);
			System.arraycopy(bytes, offset + HEADER, out, 0, h.nbytes);
			return out;
		}
		if (h.nbytes == 0)
			return out;
		BloscCodec codec = BloscCodec.of(h.flags);
		int blocks = (int) ((h.nbytes + (long) h.blocksize - 1) / h.blocksize);
		check(blocks <= (h.cbytes - HEADER) / 4, "truncated: " + blocks + " block offsets do not fit in " + h.cbytes + " bytes");
		byte[] block = new byte[Math.min(h.blocksize, h.nbytes)];
		for (int j = 0; j < blocks; j++) {
			int start = j * h.blocksize, size = Math.min(h.blocksize, h.nbytes - start);
			h.decodeBlock(codec, bytes, offset, j, size, block);
			h.unshuffle(block, size, out, start);
		}
		return out;
	}

	/** Decodes block {@code j}'s streams into {@code block}. */
	private void decodeBlock(BloscCodec codec, byte[] bytes, int offset, int j, int size, byte[] block) throws IOException {
		int at = int32(bytes, offset + HEADER + 4 * j);
		int splits = splits(size);
		int part = size / splits;
		for (int k = 0; k < splits; k++) {
			check(at >= HEADER && at <= cbytes - 4, "internal block " + j + ": a stream at byte " + at + ", outside the chunk's " + cbytes);
			int stored = int32(bytes, offset + at);
			at += 4;
			check(stored >= 0 && stored <= cbytes - at, "internal block " + j + ": a stream of " + stored + " bytes at byte " + at
					+ " goes past the chunk's end (" + cbytes + ")");
			int decoded = stored == part ? copy(bytes, offset + at, block, k * part, part)
					: codec.decode(bytes, offset + at, stored, block, k * part, part);
			check(decoded == part, "internal block " + j + ": a stream decodes to " + decoded + " bytes, " + part + " expected");
			at += stored;
		}
	}

	/** Streams a block of {@code size} bytes is stored in: c-blosc's rule, the last of several blocks never split. */
	private int splits(int size) {
		boolean full = size == blocksize;
		boolean split = (flags & DONT_SPLIT) == 0 && typesize <= MAX_SPLITS && size / typesize >= MIN_SPLIT_VALUES && full;
		return split ? typesize : 1;
	}

	private void unshuffle(byte[] block, int size, byte[] out, int start) {
		if ((flags & SHUFFLE) != 0 && typesize > 1)
			Unshuffle.bytes(typesize, block, 0, size, out, start);
		else if ((flags & BITSHUFFLE) != 0 && size >= typesize)
			Unshuffle.bits(typesize, block, 0, size, out, start);
		else
			System.arraycopy(block, 0, out, start, size);
	}

	private static int copy(byte[] src, int srcOffset, byte[] dst, int dstOffset, int length) {
		System.arraycopy(src, srcOffset, dst, dstOffset, length);
		return length;
	}

	/** A little-endian int32. */
	private static int int32(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | b[at + 3] << 24;
	}

	private static void check(boolean holds, String problem) throws IOException {
		if (!holds)
			throw new IOException("blosc chunk " + problem);
	}
}
