package connectomej.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import connectomej.io.BadInputException;

/** Random access to the bytes of a TIFF file, with bounds checks that name the file and what was cut off. */
final class TiffInput implements AutoCloseable {

	private final Path file;
	private final FileChannel channel;
	private final long size;
	private final ByteOrder order;
	private final long firstDirectory;
	private final boolean big;

	private TiffInput(Path file, FileChannel channel) throws IOException {
		this.file = file;
		this.channel = channel;
		this.size = channel.size();
		ByteBuffer header = read(0, 8, "header");
		this.order = byteOrder(header);
		header.order(order);
		int version = header.getShort(2) & 0xffff;
		if (version != 42 && version != 43)
			throw bad("not a TIFF file (version " + version + ", expected 42, or 43 for BigTIFF)");
		this.big = version == 43;
		this.firstDirectory = big ? bigTiffFirstDirectory() : header.getInt(4) & 0xffffffffL;
	}

	/** BigTIFF's header: offset size 8, a zero, then the first directory's 8-byte offset. */
	private long bigTiffFirstDirectory() throws IOException {
		ByteBuffer header = read(0, 16, "BigTIFF header");
		if (header.getShort(4) != 8 || header.getShort(6) != 0)
			throw bad("malformed BigTIFF: offsets of " + header.getShort(4) + " bytes (8 expected)");
		long offset = header.getLong(8);
		if (offset < 0)
			throw bad("malformed BigTIFF: first directory at " + Long.toUnsignedString(offset));
		return offset;
	}

	/** Opens a TIFF file and checks its header. */
	static TiffInput open(Path file) throws IOException {
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.READ);
		} catch (NoSuchFileException e) {
			throw new BadInputException(file, "no such file");
		}
		try {
			return new TiffInput(file, channel);
		} catch (RuntimeException | IOException e) {
			channel.close();
			throw e;
		}
	}

	/**
	 * Reads {@code length} bytes at {@code offset}.
	 *
	 * @param what what is read, for the message when the file is too short, e.g. "strip 2 of page 3"
	 */
	ByteBuffer read(long offset, long length, String what) throws IOException {
		if (offset < 0 || length < 0 || offset + length > size)
			throw bad("truncated TIFF: " + what + " ends beyond the file (file has " + size + " bytes)");
		if (length > Integer.MAX_VALUE - 8)
			throw bad(what + " is larger than 2 GB");
		ByteBuffer buffer = ByteBuffer.allocate((int) length).order(order);
		while (buffer.hasRemaining())
			if (channel.read(buffer, offset + buffer.position()) < 0)
				throw bad("truncated TIFF: " + what + " ends beyond the end of the file");
		return buffer.flip();
	}

	private ByteOrder byteOrder(ByteBuffer header) {
		if (header.get(0) == 'I' && header.get(1) == 'I')
			return ByteOrder.LITTLE_ENDIAN;
		if (header.get(0) == 'M' && header.get(1) == 'M')
			return ByteOrder.BIG_ENDIAN;
		throw bad("not a TIFF file (no II or MM byte order mark)");
	}

	/** A BadInputException naming this file. */
	BadInputException bad(String problem) {
		return new BadInputException(file, problem);
	}

	Path file() {
		return file;
	}

	long size() {
		return size;
	}

	ByteOrder order() {
		return order;
	}

	long firstDirectory() {
		return firstDirectory;
	}

	/** Whether this is a BigTIFF: 8-byte offsets and counts, 20-byte directory entries. */
	boolean big() {
		return big;
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
