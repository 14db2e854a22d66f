package connectomej.io.png;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;

import connectomej.io.BadInputException;

/**
 * The chunks of a PNG file that matter for grayscale decoding: IHDR, PLTE and the concatenated IDAT data, with
 * every chunk's CRC checked.
 */
final class PngChunks {

	static final byte[] SIGNATURE = { (byte) 137, 80, 78, 71, 13, 10, 26, 10 };

	PngHeader header;
	byte[] palette;
	final ByteArrayOutputStream imageData = new ByteArrayOutputStream();

	/** Parses a whole PNG file; {@code headerOnly} stops after IHDR. */
	static PngChunks parse(Path file, byte[] bytes, boolean headerOnly) {
		if (bytes.length < 8 || !java.util.Arrays.equals(bytes, 0, 8, SIGNATURE, 0, 8))
			throw new BadInputException(file, "not a PNG file (no PNG signature)");
		ByteBuffer b = ByteBuffer.wrap(bytes);
		PngChunks chunks = new PngChunks();
		int at = 8;
		while (true) {
			if (at + 12 > bytes.length)
				throw new BadInputException(file, "truncated PNG: no IEND chunk (file has " + bytes.length + " bytes)");
			int length = b.getInt(at);
			String type = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
			if (length < 0 || (long) at + 12 + length > bytes.length)
				throw new BadInputException(file, "truncated PNG: chunk " + type + " ends beyond the file (file has " + bytes.length + " bytes)");
			checkCrc(file, bytes, at, length, type);
			if (chunks.take(file, type, bytes, at + 8, length) || (headerOnly && chunks.header != null))
				return chunks;
			at += 12 + length;
		}
	}

	/** Handles one chunk; true at IEND. */
	private boolean take(Path file, String type, byte[] bytes, int data, int length) {
		switch (type) {
			case "IHDR" -> header = header(file, ByteBuffer.wrap(bytes, data, length).slice(), length);
			case "PLTE" -> palette = java.util.Arrays.copyOfRange(bytes, data, data + length);
			case "IDAT" -> imageData.write(bytes, data, length);
			case "IEND" -> {
				return true;
			}
			default -> {
			}
		}
		if (header == null)
			throw new BadInputException(file, "malformed PNG: first chunk is " + type + ", not IHDR");
		return false;
	}

	private static PngHeader header(Path file, ByteBuffer b, int length) {
		if (length != 13)
			throw new BadInputException(file, "malformed PNG: IHDR has " + length + " bytes, not 13");
		PngHeader h = new PngHeader(b.getInt(0), b.getInt(4), b.get(8) & 0xff, b.get(9) & 0xff, b.get(12) & 0xff);
		if (h.width() <= 0 || h.height() <= 0)
			throw new BadInputException(file, "malformed PNG: size " + h.width() + " x " + h.height());
		if (h.interlace() != 0)
			throw new BadInputException(file, "unsupported PNG: interlaced (Adam7) images are not read; save without interlacing");
		return h;
	}

	private static void checkCrc(Path file, byte[] bytes, int at, int length, String type) {
		CRC32 crc = new CRC32();
		crc.update(bytes, at + 4, 4 + length);
		int stored = ByteBuffer.wrap(bytes).getInt(at + 8 + length);
		if ((int) crc.getValue() != stored)
			throw new BadInputException(file, "corrupt PNG: CRC of chunk " + type + " does not match");
	}
}
