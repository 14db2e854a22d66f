package connectomej.io.n5;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

import connectomej.io.BadInputException;

/**
 * The binary format of one N5 block file: mode (uint16, 0 = default), number of dimensions (uint16), the block's size
 * per axis (uint32 each), then the values, big endian, compressed as a whole. All header fields are big endian.
 * Files in varlength mode (1) are read too: their element count (uint32) follows the sizes.
 */
public final class N5BlockCodec {

	private static final int DEFAULT_MODE = 0, VARLENGTH_MODE = 1;

	private N5BlockCodec() {}

	/** The bytes of a block file. */
	public static byte[] encode(N5DatasetAttributes attributes, N5Block block) throws IOException {
		int n = block.size().length;
		byte[] data = attributes.compression().encode(attributes.dataType().toBytes(block.data(), N5Block.numElements(block.size())));
		ByteBuffer b = ByteBuffer.allocate(4 + 4 * n + data.length);
		b.putShort((short) DEFAULT_MODE).putShort((short) n);
		for (int s : block.size())
			b.putInt(s);
		return b.put(data).array();
	}

	/**
	 * Reads a block file's bytes.
	 *
	 * @param gridPosition where the block is expected, checked against its size
	 * @param file the block file, for messages
	 * @throws BadInputException naming the file and the block position when the block is corrupt
	 */
	public static N5Block decode(N5DatasetAttributes attributes, long[] gridPosition, byte[] bytes, Path file) throws IOException {
		try {
			ByteBuffer header = ByteBuffer.wrap(bytes);
			int mode = Short.toUnsignedInt(header.getShort());
			int n = Short.toUnsignedInt(header.getShort());
			if ((mode != DEFAULT_MODE && mode != VARLENGTH_MODE) || n != attributes.numDimensions())
				throw corrupt(file, gridPosition, "header says mode " + mode + " with " + n + " axes");
			int[] size = new int[n];
			for (int d = 0; d < n; d++)
				size[d] = header.getInt();
			int count = mode == VARLENGTH_MODE ? header.getInt() : N5Block.numElements(size);
			checkSize(attributes, gridPosition, size, count, file);
			return new N5Block(gridPosition, size, values(attributes, bytes, header.position(), count, gridPosition, file));
		} catch (java.nio.BufferUnderflowException e) {
			throw corrupt(file, gridPosition, "the header is truncated");
		}
	}

	private static Object values(N5DatasetAttributes attributes, byte[] bytes, int offset, int count, long[] gridPosition, Path file) throws IOException {
		byte[] raw = new byte[count * attributes.dataType().bytesPerValue()];
		try (InputStream in = attributes.compression().decode(bytes, offset, raw.length)) {
			new DataInputStream(in).readFully(raw);
		} catch (EOFException e) {
			throw corrupt(file, gridPosition, "holds fewer values than its size says");
		} catch (IOException e) { // the bytes are in memory: an IOException here is a corrupt stream, never a failed read
			throw corrupt(file, gridPosition, "cannot be decompressed (" + attributes.compression().type() + "): " + e.getMessage());
		}
		return attributes.dataType().fromBytes(ByteBuffer.wrap(raw), count);
	}

	private static void checkSize(N5DatasetAttributes attributes, long[] gridPosition, int[] size, int count, Path file) {
		int[] expected = attributes.blockSizeAt(gridPosition);
		if (!Arrays.equals(size, expected) || count != N5Block.numElements(size))
			throw corrupt(file, gridPosition, "has size " + Arrays.toString(size) + ", expected " + Arrays.toString(expected));
	}

	private static BadInputException corrupt(Path file, long[] gridPosition, String problem) {
		return new BadInputException(file, "corrupt N5 block at grid position " + Arrays.toString(gridPosition) + ": " + problem);
	}
}
