package connectomej.io.tiff;

import static connectomej.io.tiff.TiffTags.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

import connectomej.volume.Volume;
import net.imglib2.type.numeric.RealType;

/**
 * Writes a little-endian multi-page TIFF that ImageJ opens as a calibrated z stack. Layout: header, the pixel data
 * of all pages (uncompressed pages are contiguous, as ImageJ expects when it reads {@code images=}), then one
 * directory per page; the first carries ImageJ's description. No dates or host names: equal input, equal bytes.
 */
final class TiffStackWriter {

	private static final int STRIP_BYTES = 1 << 16;

	private final Volume<? extends RealType<?>> volume;
	private final TiffOptions options;
	private final StoredType stored;
	private final List<long[]> offsets = new ArrayList<>(), counts = new ArrayList<>();

	TiffStackWriter(Volume<? extends RealType<?>> volume, TiffOptions options, Path target) {
		this.volume = volume;
		this.options = options;
		this.stored = StoredType.choose(volume.data(), target);
	}

	/** Writes the whole file to {@code file}, which must not exist. */
	void writeTo(Path file) throws IOException {
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			PlaneEncoder planes = new PlaneEncoder(volume.data(), stored);
			long position = 8;
			for (long z = 0; z < volume.depth(); z++)
				position = writeStrips(out, planes.encode(z), position);
			position += position & 1;
			String description = ImageJDescription.format((int) volume.depth(), volume.voxelSize().z(),
					stored == StoredType.U8 ? Double.NaN : planes.min(), stored == StoredType.U8 ? Double.NaN : planes.max());
			writeAll(out, header(position), 0);
			writeDirectories(out, position, description);
		}
	}

	private long writeStrips(FileChannel out, byte[] plane, long position) throws IOException {
		int rowBytes = (int) volume.width() * stored.bytes();
		int rows = options.compression() == TiffCompression.NONE ? (int) volume.height() : Math.max(1, STRIP_BYTES / rowBytes);
		int strips = (int) ((volume.height() + rows - 1) / rows);
		long[] o = new long[strips], c = new long[strips];
		for (int s = 0; s < strips; s++) {
			int from = s * rows * rowBytes, to = Math.min(plane.length, from + rows * rowBytes);
			byte[] bytes = compress(plane, from, to);
			o[s] = position;
			c[s] = bytes.length;
			position += writeAll(out, ByteBuffer.wrap(bytes), position);
		}
		offsets.add(o);
		counts.add(c);
		return position;
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

	private void writeDirectories(FileChannel out, long position, String description) throws IOException {
		List<IfdBuilder> ifds = new ArrayList<>();
		for (int z = 0; z < offsets.size(); z++)
			ifds.add(directory(z, z == 0 ? description : null));
		for (int z = 0; z < ifds.size(); z++) {
			int size = ifds.get(z).size();
			long next = z + 1 < ifds.size() ? position + size : 0;
			writeAll(out, ByteBuffer.wrap(ifds.get(z).encode(position, next)), position);
			position = next;
		}
	}

	private IfdBuilder directory(int z, String description) {
		IfdBuilder ifd = new IfdBuilder().longs(NEW_SUBFILE_TYPE, 0)
				.longs(IMAGE_WIDTH, volume.width()).longs(IMAGE_LENGTH, volume.height())
				.shorts(BITS_PER_SAMPLE, stored.bits).shorts(COMPRESSION, options.compression().code)
				.shorts(PHOTOMETRIC, 1).shorts(SAMPLES_PER_PIXEL, 1).shorts(SAMPLE_FORMAT, stored.sampleFormat)
				.longs(ROWS_PER_STRIP, rowsPerStrip()).longs(STRIP_OFFSETS, offsets.get(z))
				.longs(STRIP_BYTE_COUNTS, counts.get(z)).shorts(RESOLUTION_UNIT, 1);
		long[] x = ResolutionFraction.of(volume.voxelSize().x()), y = ResolutionFraction.of(volume.voxelSize().y());
		ifd.rational(X_RESOLUTION, x[0], x[1]).rational(Y_RESOLUTION, y[0], y[1]);
		return description == null ? ifd : ifd.ascii(IMAGE_DESCRIPTION, description);
	}

	private long rowsPerStrip() {
		long height = volume.height();
		if (options.compression() == TiffCompression.NONE)
			return height;
		return Math.min(height, Math.max(1, STRIP_BYTES / (volume.width() * stored.bytes())));
	}

	private static ByteBuffer header(long firstDirectory) {
		return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put((byte) 'I').put((byte) 'I')
				.putShort((short) 42).putInt((int) firstDirectory).flip();
	}

	private static int writeAll(FileChannel out, ByteBuffer bytes, long position) throws IOException {
		int n = bytes.remaining();
		while (bytes.hasRemaining())
			out.write(bytes, position + n - bytes.remaining());
		return n;
	}
}
