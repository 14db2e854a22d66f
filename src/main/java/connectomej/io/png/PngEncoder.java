package connectomej.io.png;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/** Encodes 8- or 16-bit grayscale PNGs: IHDR, one IDAT (zlib), IEND; no time stamp, so equal images give equal bytes. */
final class PngEncoder {

	private PngEncoder() {}

	/** Writes {@code image} as PNG to {@code out}; {@code adaptive} picks a filter per row, else filter 0. */
	static void write(PngGray image, boolean adaptive, OutputStream out) throws IOException {
		out.write(PngChunks.SIGNATURE);
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(image.width()).putInt(image.height())
				.put((byte) image.bitDepth()).put((byte) PngHeader.GRAY).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", imageData(image, adaptive));
		chunk(out, "IEND", new byte[0]);
	}

	private static byte[] imageData(PngGray image, boolean adaptive) throws IOException {
		int bytes = image.bitDepth() / 8, stride = bytes, rowBytes = image.width() * bytes;
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
			byte[] previous = new byte[rowBytes], row = new byte[rowBytes], filtered = new byte[rowBytes];
			for (int y = 0; y < image.height(); y++) {
				rowBytes(image, y, row);
				int type = adaptive ? PngFilters.bestFilter(row, previous, stride, filtered) : 0;
				PngFilters.filter(type, row, previous, stride, filtered);
				z.write(type);
				z.write(filtered);
				byte[] t = previous;
				previous = row;
				row = t;
			}
		}
		return data.toByteArray();
	}

	private static void rowBytes(PngGray image, int y, byte[] row) {
		int at = y * image.width();
		for (int x = 0; x < image.width(); x++) {
			int v = image.samples()[at + x];
			if (image.bitDepth() == 8)
				row[x] = (byte) v;
			else {
				row[2 * x] = (byte) (v >>> 8);
				row[2 * x + 1] = (byte) v;
			}
		}
	}

	private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.write(ByteBuffer.allocate(4).putInt(data.length).array());
		out.write(name);
		out.write(data);
		out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}
}
