package connectomej.io.tiff;

import static connectomej.io.tiff.TiffTags.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

import connectomej.volume.VoxelSize;

/**
 * Writes a little-endian multi-page TIFF page by page: header, the pixel data of each page as it comes
 * (uncompressed pages are contiguous, as ImageJ expects when it reads {@code images=}), then on {@link #finish} one
 * directory per page; the first carries ImageJ's description. Only the strip offsets stay in memory.
 */
final class TiffPageWriter {

	private static final int STRIP_BYTES = 1 << 16;

	private final FileChannel out;
	private final long width, height;
	private final StoredType stored;
	private final TiffOptions options;
	private final List<long[]> offsets = new ArrayList<>(), counts = new ArrayList<>();
	private final boolean big;
	private long position;

	/**
	 * A writer for {@code depth} pages: a classic TIFF, or a BigTIFF when the file could pass the 4 GB that classic
	 * TIFF's 32-bit offsets reach ({@link #needsBigTiff}).
	 */
	TiffPageWriter(FileChannel out, long width, long height, long depth, StoredType stored, TiffOptions options) {
		this(out, width, height, stored, options, needsBigTiff(width, height, depth, stored));
	}

	/** @param big whether to write a BigTIFF (8-byte offsets; Fiji opens it through Bio-Formats) */
	TiffPageWriter(FileChannel out, long width, long height, StoredType stored, TiffOptions options, boolean big) {
		this.out = out;
		this.width = width;
		this.height = height;
		this.stored = stored;
		this.options = options;
		this.big = big;
		this.position = big ? 16 : 8;
	}

	/**
	 * Whether a stack of this size might not fit classic TIFF: its samples, with room for deflate's worst case and
	 * each page's directory, beyond 2^32 - 1 bytes.
	 */
	static boolean needsBigTiff(long width, long height, long depth, StoredType stored) {
		long samples = width * height * depth * stored.bytes();
		long strips = (height + 1) * depth;
		return samples + samples / 500 + depth * 1024 + strips * 16 > 0xffffffffL;
	}

	/** Pages written so far. */
	int pages() {
		return offsets.size();
	}

	/** Writes the next page: {@code width * height} little-endian samples, x fastest. */
	void append(byte[] plane) throws IOException {
		int rowBytes = (int) width * stored.bytes();
		int rows = (int) rowsPerStrip();
		int strips = (int) ((height + rows - 1) / rows);
		long[] o = new long[strips], c = new long[strips];
		for (int s = 0; s < strips; s++) {
			int from = s * rows * rowBytes, to = Math.min(plane.length, from + rows * rowBytes);
			byte[] bytes = compress(plane, from, to);
			o[s] = position;
			c[s] = bytes.length;
			position += writeAll(ByteBuffer.wrap(bytes), position);
		}
		offsets.add(o);
		counts.add(c);
	}

	/**
	 * Writes the directories and the header.
	 *
	 * @param voxelSize calibration, nm
	 * @param min smallest sample (ignored for 8-bit)
	 * @param max largest sample (ignored for 8-bit)
	 */
	void finish(VoxelSize voxelSize, double min, double max) throws IOException {
		position += position & 1;
		boolean u8 = stored == StoredType.U8;
		String description = ImageJDescription.format(pages(), voxelSize.z(), u8 ? Double.NaN : min, u8 ? Double.NaN : max);
		List<IfdBuilder> ifds = new ArrayList<>();
		for (int z = 0; z < pages(); z++)
			ifds.add(directory(z, z == 0 ? description : null, voxelSize));
		long end = position + ifds.stream().mapToLong(IfdBuilder::size).sum();
		if (!big && end > 0xffffffffL)
			throw new IllegalStateException("the stack takes " + end + " bytes, beyond classic TIFF's 4 GB, though estimated to fit");
		writeAll(header(position), 0);
		for (int z = 0; z < ifds.size(); z++) {
			int size = ifds.get(z).size();
			long next = z + 1 < ifds.size() ? position + size : 0;
			writeAll(ByteBuffer.wrap(ifds.get(z).encode(position, next)), position);
			position = next;
		}
	}

	private byte[] compress(byte[] plane, int from, int to) {
		if (options.compression() == TiffCompression.NONE)
			return java.util.Arrays.copyOfRange(plane, from, to);
		Deflater deflater = new Deflater(6);
		try {
			deflater.setInput(plane, from, to - from);
			deflater.finish();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream((to - from) / 2 + 64);
			byte[] buffer = new byte[8192];
			while (!deflater.finished())
				bytes.write(buffer, 0, deflater.deflate(buffer));
			return bytes.toByteArray();
		} finally {
			deflater.end();
		}
	}

	private IfdBuilder directory(int z, String description, VoxelSize voxelSize) {
		IfdBuilder ifd = new IfdBuilder(big).longs(NEW_SUBFILE_TYPE, 0)
				.longs(IMAGE_WIDTH, width).longs(IMAGE_LENGTH, height)
				.shorts(BITS_PER_SAMPLE, stored.bits).shorts(COMPRESSION, options.compression().code)
				.shorts(PHOTOMETRIC, 1).shorts(SAMPLES_PER_PIXEL, 1).shorts(SAMPLE_FORMAT, stored.sampleFormat)
				.longs(ROWS_PER_STRIP, rowsPerStrip()).offsets(STRIP_OFFSETS, offsets.get(z))
				.offsets(STRIP_BYTE_COUNTS, counts.get(z)).shorts(RESOLUTION_UNIT, 1);
		long[] x = ResolutionFraction.of(voxelSize.x()), y = ResolutionFraction.of(voxelSize.y());
		ifd.rational(X_RESOLUTION, x[0], x[1]).rational(Y_RESOLUTION, y[0], y[1]);
		return description == null ? ifd : ifd.ascii(IMAGE_DESCRIPTION, description);
	}

	private long rowsPerStrip() {
		if (options.compression() == TiffCompression.NONE)
			return height;
		return Math.min(height, Math.max(1, STRIP_BYTES / (width * stored.bytes())));
	}

	private ByteBuffer header(long firstDirectory) {
		ByteBuffer b = ByteBuffer.allocate(big ? 16 : 8).order(ByteOrder.LITTLE_ENDIAN).put((byte) 'I').put((byte) 'I');
		if (big)
			return b.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(firstDirectory).flip();
		return b.putShort((short) 42).putInt((int) firstDirectory).flip();
	}

	private int writeAll(ByteBuffer bytes, long at) throws IOException {
		int n = bytes.remaining();
		while (bytes.hasRemaining())
			out.write(bytes, at + n - bytes.remaining());
		return n;
	}
}
