package connectomej.io.tiff;

import java.util.zip.DataFormatException;

/** PackBits run-length coding (Apple; TIFF 6.0 section 9), compression code 32773. */
final class PackBitsDecompressor implements Decompressor {

	@Override
	public byte[] decompress(byte[] stored, int expected) throws DataFormatException {
		byte[] out = new byte[expected];
		int in = 0, n = 0;
		while (n < expected && in < stored.length) {
			int header = stored[in++];
			if (header >= 0) {
				int len = Math.min(header + 1, expected - n);
				if (in + len > stored.length)
					break;
				System.arraycopy(stored, in, out, n, len);
				in += header + 1;
				n += len;
			} else if (header != -128 && in < stored.length) {
				int len = Math.min(1 - header, expected - n);
				java.util.Arrays.fill(out, n, n + len, stored[in++]);
				n += len;
			}
		}
		if (n < expected)
			throw new DataFormatException("PackBits data ends after " + n + " of " + expected + " bytes");
		return out;
	}
}
