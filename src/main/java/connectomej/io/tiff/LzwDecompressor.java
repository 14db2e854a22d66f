package connectomej.io.tiff;

import java.util.zip.DataFormatException;

/**
 * TIFF LZW (TIFF 6.0 section 13): codes of 9 to 12 bits, most significant bit first, Clear = 256, EndOfInformation
 * = 257, and the code width grows one code early ("early change").
 */
final class LzwDecompressor implements Decompressor {

	private static final int CLEAR = 256, END = 257, FIRST_FREE = 258, MAX_CODES = 4096;

	private final byte[][] table = new byte[MAX_CODES][];

	@Override
	public byte[] decompress(byte[] stored, int expected) throws DataFormatException {
		if (stored.length >= 2 && stored[0] == 0 && (stored[1] & 1) == 1)
			throw new DataFormatException("old-style (pre TIFF 6.0) LZW is not supported");
		byte[] out = new byte[expected];
		BitReader bits = new BitReader(stored);
		int n = 0, next = FIRST_FREE, width = 9;
		byte[] previous = null;
		resetTable();
		while (n < expected) {
			int code = bits.read(width);
			if (code < 0 || code == END)
				break;
			if (code == CLEAR) {
				next = FIRST_FREE;
				width = 9;
				previous = null;
				continue;
			}
			byte[] entry = entry(code, next, previous);
			n = append(out, n, entry);
			if (previous != null && next < MAX_CODES)
				table[next++] = concat(previous, entry[0]);
			previous = entry;
			width = next + 1 >= 2048 ? 12 : next + 1 >= 1024 ? 11 : next + 1 >= 512 ? 10 : 9;
		}
		if (n < expected)
			throw new DataFormatException("LZW data ends after " + n + " of " + expected + " bytes");
		return out;
	}

	private byte[] entry(int code, int next, byte[] previous) throws DataFormatException {
		if (code < next && table[code] != null)
			return table[code];
		if (code == next && previous != null)
			return concat(previous, previous[0]);
		throw new DataFormatException("LZW code " + code + " is not in the table");
	}

	private void resetTable() {
		for (int i = 0; i < 256; i++)
			table[i] = new byte[] { (byte) i };
	}

	private static byte[] concat(byte[] a, byte b) {
		byte[] c = java.util.Arrays.copyOf(a, a.length + 1);
		c[a.length] = b;
		return c;
	}

	private static int append(byte[] out, int n, byte[] entry) {
		int len = Math.min(entry.length, out.length - n);
		System.arraycopy(entry, 0, out, n, len);
		return n + len;
	}

	/** Reads codes most significant bit first. */
	private static final class BitReader {

		private final byte[] data;
		private long bitPosition;

		BitReader(byte[] data) {
			this.data = data;
		}

		/** The next code of {@code width} bits, or -1 at the end of the data. */
		int read(int width) {
			if (bitPosition + width > 8L * data.length)
				return -1;
			int value = 0;
			for (int i = 0; i < width; i++, bitPosition++)
				value = (value << 1) | ((data[(int) (bitPosition >>> 3)] >> (7 - (bitPosition & 7))) & 1);
			return value;
		}
	}
}
