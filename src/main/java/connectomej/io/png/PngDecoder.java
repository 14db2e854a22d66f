package connectomej.io.png;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import connectomej.io.BadInputException;

/**
 * Decodes a non-interlaced PNG to gray: gray stays gray (1, 2, 4-bit scaled to 8-bit), alpha is dropped, RGB
 * becomes luminance 0.299 R + 0.587 G + 0.114 B (ITU-R BT.601, rounded), palette images give their palette
 * index (so label and mask images saved with a palette keep their values).
 */
final class PngDecoder {

	private PngDecoder() {}

	/** Reads and decodes one PNG file. */
	static PngGray read(Path file) throws IOException {
		PngChunks chunks = PngChunks.parse(file, bytes(file), false);
		PngHeader h = chunks.header;
		byte[] raw = inflate(file, chunks.imageData.toByteArray(), (long) h.height() * (h.rowBytes() + 1));
		int[] samples = new int[Math.multiplyExact(h.width(), h.height())];
		byte[] previous = new byte[h.rowBytes()], row = new byte[h.rowBytes()];
		for (int y = 0; y < h.height(); y++) {
			int at = y * (h.rowBytes() + 1);
			System.arraycopy(raw, at + 1, row, 0, row.length);
			if (!PngFilters.unfilter(raw[at], row, previous, h.filterStride()))
				throw new BadInputException(file, "corrupt PNG: row " + y + " has filter type " + raw[at]);
			PngPixels.toGray(h, row, samples, y * h.width());
			byte[] t = previous;
			previous = row;
			row = t;
		}
		return new PngGray(h.width(), h.height(), h.grayBitDepth(), samples);
	}

	/** Only the header of a PNG file. */
	static PngHeader header(Path file) throws IOException {
		return PngChunks.parse(file, bytes(file), true).header;
	}

	private static byte[] bytes(Path file) throws IOException {
		try {
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new BadInputException(file, "no such file");
		}
	}

	private static byte[] inflate(Path file, byte[] data, long expected) {
		if (expected > Integer.MAX_VALUE - 16)
			throw new BadInputException(file, "PNG too large to decode");
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(data);
			byte[] out = new byte[(int) expected];
			int n = 0;
			while (n < out.length) {
				int got = inflater.inflate(out, n, out.length - n);
				if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary()))
					throw new BadInputException(file, "truncated PNG: image data ends after " + n + " of " + expected + " bytes");
				n += got;
			}
			return out;
		} catch (DataFormatException e) {
			throw new BadInputException(file, "corrupt PNG: image data: " + e.getMessage());
		} finally {
			inflater.end();
		}
	}
}
