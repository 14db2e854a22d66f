package connectomej.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;

/** Decodes the strips or tiles of one page into its pixel bytes, rows top to bottom, in the file's byte order. */
final class PageDecoder {

	private PageDecoder() {}

	/**
	 * @return {@code width * height * bytesPerSample} bytes, x fastest
	 */
	static byte[] decode(TiffInput in, TiffPage page) throws IOException {
		byte[] plane = new byte[Math.toIntExact(page.planeBytes())];
		int across = page.segmentsAcross();
		int down = (page.height() + page.segmentHeight() - 1) / page.segmentHeight();
		for (int sy = 0; sy < down; sy++)
			for (int sx = 0; sx < across; sx++)
				copySegment(segment(in, page, sy * across + sx), page, sx, sy, plane);
		return plane;
	}

	/** The decoded bytes of one strip or tile (a whole tile, or the rows of a strip). */
	private static byte[] segment(TiffInput in, TiffPage page, int i) throws IOException {
		int rows = page.tiled() ? page.segmentHeight()
				: Math.min(page.segmentHeight(), page.height() - i * page.segmentHeight());
		int expected = page.segmentWidth() * rows * page.bytesPerSample();
		String what = (page.tiled() ? "tile " : "strip ") + i + " of page " + page.index();
		long count = page.byteCounts()[i];
		if (count == 0 && page.compression() == Decompressors.NONE)
			count = expected;
		ByteBuffer stored = in.read(page.offsets()[i], count, what);
		byte[] data = decompress(in, page, stored.array(), expected, what);
		if (page.predictor() == 2)
			HorizontalPredictor.undo(data, page.segmentWidth(), rows, page.bytesPerSample(), in.order());
		return data;
	}

	private static byte[] decompress(TiffInput in, TiffPage page, byte[] stored, int expected, String what) {
		try {
			byte[] data = Decompressors.forCode(page.compression()).decompress(stored, expected);
			if (data.length < expected)
				throw new DataFormatException("it holds " + data.length + " of " + expected + " bytes");
			return data;
		} catch (DataFormatException e) {
			throw in.bad("corrupt TIFF: " + what + " (" + Decompressors.name(page.compression()) + "): " + e.getMessage());
		}
	}

	private static void copySegment(byte[] data, TiffPage page, int sx, int sy, byte[] plane) {
		int bps = page.bytesPerSample();
		int x0 = sx * page.segmentWidth(), y0 = sy * page.segmentHeight();
		int w = Math.min(page.segmentWidth(), page.width() - x0);
		int h = Math.min(page.segmentHeight(), page.height() - y0);
		for (int y = 0; y < h; y++)
			System.arraycopy(data, y * page.segmentWidth() * bps, plane, ((y0 + y) * page.width() + x0) * bps, w * bps);
	}
}
