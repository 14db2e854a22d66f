package connectomej.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;

/** Corrupt Blosc chunks are refused with an IOException that names the problem, never an index error. */
class BloscChunkTest {

	@TempDir
	Path dir;

	private static final long[] FIRST = { 0, 0, 0 };

	private static byte[] chunk(String dataset) throws Exception {
		return BloscXzFixturesTest.chunk(dataset, FIRST);
	}

	private static String problem(byte[] chunk) {
		return assertThrows(IOException.class, () -> BloscChunk.decode(chunk, 0, chunk.length, 1 << 20)).getMessage();
	}

	private static void assertNames(String expected, String message) {
		assertTrue(message.contains(expected), message);
	}

	@Test
	void truncatedChunkSaysSo() throws Exception {
		byte[] chunk = chunk("blosclz-shuffle-uint16");
		assertNames("blosc chunk truncated: 10 bytes, the header alone is 16", problem(Arrays.copyOf(chunk, 10)));
		assertNames("blosc chunk truncated or bad header: it says " + chunk.length + " bytes, 100 are there", problem(Arrays.copyOf(chunk, 100)));
	}

	@Test
	void badHeaderSaysWhatIsWrong() throws Exception {
		byte[] chunk = chunk("zstd-shuffle-uint16");
		byte[] version = chunk.clone();
		version[0] = 3;
		assertNames("format version 3 is not Blosc1's (2)", problem(version));
		byte[] codec = chunk.clone();
		codec[2] |= (byte) 0xe0;
		assertNames("codec number 7, not one of Blosc1's (blosclz, lz4, lz4hc, snappy, zlib and zstd are read)", problem(codec));
		byte[] start = chunk.clone();
		start[16 + 3] = 0x70; // the first block's start offset, little endian
		assertNames("internal block 0: a stream at byte", problem(start));
		byte[] typesize = chunk.clone();
		typesize[3] = 0;
		assertNames("typesize is 0", problem(typesize));
	}

	@Test
	void chunkHoldingMoreThanTheBlockNeedsIsRefusedBeforeAllocating() throws Exception {
		byte[] chunk = chunk("zstd-shuffle-uint16");
		chunk[7] = 0x7f; // nbytes ~ 2 GB
		IOException e = assertThrows(IOException.class, () -> BloscChunk.decode(chunk, 0, chunk.length, 448));
		assertNames("more than the 448 expected", e.getMessage());
	}

	/** Every truncation and random byte flips of every fixture: decoded, or refused with an IOException. */
	@Test
	void damagedChunksNeverThrowAnythingButIOException() throws Exception {
		Random random = new Random(7);
		for (String dataset : BloscXzFixturesTest.datasets().filter(d -> !d.startsWith("xz")).toList()) {
			byte[] chunk = chunk(dataset);
			for (int length = 0; length < chunk.length; length++)
				decodeOrIOException(Arrays.copyOf(chunk, length));
			for (int trial = 0; trial < 200; trial++) {
				byte[] damaged = chunk.clone();
				damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
				decodeOrIOException(damaged);
			}
		}
	}

	private static void decodeOrIOException(byte[] chunk) {
		try {
			BloscChunk.decode(chunk, 0, chunk.length, 1 << 16);
		} catch (IOException e) {
			assertTrue(e.getMessage().startsWith("blosc chunk"), e.getMessage());
		}
	}

	@Test
	void corruptBlockFileNamesFileAndGridPosition() throws Exception {
		Path source = BloscXzFixturesTest.container().resolve("lz4-shuffle-uint16");
		Path copy = dir.resolve("c.n5/d");
		Files.createDirectories(copy.resolve("0/0"));
		Files.copy(source.resolve("attributes.json"), copy.resolve("attributes.json"));
		byte[] file = Files.readAllBytes(source.resolve("0/0/0"));
		Files.write(copy.resolve("0/0/0"), Arrays.copyOf(file, file.length - 20));
		N5Store store = N5Store.open(dir.resolve("c.n5"));
		BadInputException e = assertThrows(BadInputException.class, () -> store.readBlock("d", store.datasetAttributes("d"), FIRST));
		assertNames("0/0/0", e.getMessage());
		assertNames("corrupt N5 block at grid position [0, 0, 0]: cannot be decompressed (blosc): blosc chunk truncated", e.getMessage());
	}

	@Test
	void memcpyedChunkIsTheBytesAfterTheHeader() throws IOException {
		byte[] chunk = { 2, 1, 0x02, 1, 3, 0, 0, 0, 3, 0, 0, 0, 19, 0, 0, 0, 7, 8, 9 };
		assertArrayEquals(new byte[] { 7, 8, 9 }, BloscChunk.decode(chunk, 0, chunk.length, 3));
	}
}
