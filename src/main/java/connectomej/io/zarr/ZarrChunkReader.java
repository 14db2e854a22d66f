package connectomej.io.zarr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import connectomej.io.BadInputException;
import connectomej.io.n5.N5Block;
import connectomej.io.n5.N5BlockCache;
import connectomej.io.n5.N5DataType;

/**
 * Reads the chunks of one Zarr v2 array as the blocks of a volume (axes x, y, z, x fastest): decompresses a chunk,
 * checks that it holds a whole chunk's bytes, takes the part inside the array (edge chunks are padded on disk),
 * reorders a Fortran-order chunk, and converts the stored byte order. A chunk missing on disk reads as the array's
 * fill value.
 */
final class ZarrChunkReader implements N5BlockCache.BlockReader {

	private final Path array;
	private final ZarrArrayMetadata metadata;

	/** @param array the array's folder */
	ZarrChunkReader(Path array, ZarrArrayMetadata metadata) {
		this.array = array;
		this.metadata = metadata;
	}

	/**
	 * @throws BadInputException naming the chunk file when it cannot be decompressed or does not hold a whole chunk
	 */
	@Override
	public Object read(long[] gridPosition, int[] size) throws IOException {
		String key = metadata.chunkKey(gridPosition);
		Path file = array.resolve(key);
		byte[] stored;
		try {
			stored = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return filled(metadata.dtype().type(), metadata.fill(), N5Block.numElements(size));
		}
		byte[] inside = inside(decoded(stored, file, key), size);
		return metadata.dtype().type().fromBytes(ByteBuffer.wrap(inside).order(metadata.dtype().order()), N5Block.numElements(size));
	}

	private byte[] decoded(byte[] stored, Path file, String key) {
		int expected = metadata.chunkBytes();
		byte[] decoded;
		try {
			decoded = metadata.compressor().decode(stored, expected);
		} catch (IOException | RuntimeException e) { // the bytes are in memory: a corrupt stream, never a failed read
			throw corrupt(file, key, "cannot be decompressed (" + metadata.compressor().label() + "): " + e.getMessage());
		}
		if (decoded.length != expected)
			throw corrupt(file, key, "decodes to " + (decoded.length > expected ? "more than " + expected : decoded.length) + " bytes; a chunk ("
					+ metadata.chunkShape() + " of " + metadata.dtype().name()
					+ ") is " + expected);
		return decoded;
	}

	/** The bytes of the voxels inside the array, x fastest, from a whole decoded chunk in C or F order. */
	private byte[] inside(byte[] chunk, int[] size) {
		int item = metadata.dtype().type().bytesPerValue();
		long[] strides = strides();
		int n = strides.length;
		long sx = strides[n - 1], sy = strides[n - 2], sz = n > 2 ? strides[n - 3] : 0;
		byte[] out = new byte[N5Block.numElements(size) * item];
		int at = 0;
		for (int z = 0; z < size[2]; z++)
			for (int y = 0; y < size[1]; y++) {
				long row = z * sz + y * sy;
				if (sx == 1) { // C order: a row of x is contiguous
					System.arraycopy(chunk, (int) row * item, out, at, size[0] * item);
					at += size[0] * item;
				} else
					for (int x = 0; x < size[0]; x++, at += item)
						System.arraycopy(chunk, (int) (row + x * sx) * item, out, at, item);
			}
		return out;
	}

	/** Values between neighbours along each axis of a chunk, numpy order: C, the last axis fastest, or F, the first. */
	private long[] strides() {
		int[] chunks = metadata.chunks();
		int n = chunks.length;
		long[] strides = new long[n];
		long s = 1;
		for (int i = 0; i < n; i++) {
			int d = metadata.fortranOrder() ? i : n - 1 - i;
			strides[d] = s;
			s *= chunks[d];
		}
		return strides;
	}

	/** {@code n} values of the fill value. */
	static Object filled(N5DataType type, Number fill, int n) {
		Object a = type.allocate(n);
		if (a instanceof byte[] b)
			Arrays.fill(b, fill.byteValue());
		else if (a instanceof short[] s)
			Arrays.fill(s, fill.shortValue());
		else if (a instanceof int[] i)
			Arrays.fill(i, fill.intValue());
		else if (a instanceof long[] l)
			Arrays.fill(l, fill.longValue());
		else if (a instanceof float[] f)
			Arrays.fill(f, fill.floatValue());
		else
			Arrays.fill((double[]) a, fill.doubleValue());
		return a;
	}

	private static BadInputException corrupt(Path file, String key, String problem) {
		return new BadInputException(file, "corrupt Zarr chunk " + key + ": " + problem);
	}
}
