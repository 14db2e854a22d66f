package connectomej.io.tiff;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Deflate (zlib stream, RFC 1950/1951), TIFF compression codes 8 and 32946. */
final class InflateDecompressor implements Decompressor {

	@Override
	public byte[] decompress(byte[] stored, int expected) throws DataFormatException {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(stored);
			byte[] out = new byte[expected];
			int n = 0;
			while (n < expected) {
				int got = inflater.inflate(out, n, expected - n);
				if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary()))
					throw new DataFormatException("deflate data ends after " + n + " of " + expected + " bytes");
				n += got;
			}
			return out;
		} finally {
			inflater.end();
		}
	}
}
