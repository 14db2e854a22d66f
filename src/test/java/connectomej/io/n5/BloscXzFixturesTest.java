package connectomej.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * N5 datasets written by reference writers, c-blosc 1.21 (python-blosc) and Python's lzma, with
 * {@code src/test/resources/n5/make_blosc_xz_fixtures.py}: every dataset is 21 x 7 x 2 voxels in blocks of 16 x 8 x 2
 * and holds a known function of the voxel position, recomputed here.
 */
class BloscXzFixturesTest {

	static final long[] DIMS = { 21, 7, 2 };
	static final long[][] GRID = { { 0, 0, 0 }, { 1, 0, 0 } };

	static Path container() throws URISyntaxException {
		return Path.of(BloscXzFixturesTest.class.getResource("/n5/blosc-xz.n5").toURI());
	}

	static Stream<String> datasets() throws IOException, URISyntaxException {
		try (Stream<Path> folders = Files.list(container())) {
			return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	/** The script's pattern: runs of one value where x < 8, scattered values elsewhere; 0..814. */
	static long pattern(long x, long y, long z) {
		return x < 8 ? 100 + z : (x * y + z * 3) % 23 * 37;
	}

	/** The values of a block as the script wrote them, x fastest. */
	static Object expected(N5DataType type, long[] origin, int[] size) {
		Object values = type.allocate(N5Block.numElements(size));
		int i = 0;
		for (int z = 0; z < size[2]; z++)
			for (int y = 0; y < size[1]; y++)
				for (int x = 0; x < size[0]; x++, i++) {
					long p = pattern(origin[0] + x, origin[1] + y, origin[2] + z);
					if (values instanceof byte[] b)
						b[i] = (byte) (p % 251);
					else if (values instanceof short[] s)
						s[i] = (short) (p * 61);
					else if (values instanceof float[] f)
						f[i] = p / 4f - 100;
					else
						((long[]) values)[i] = p * 1000003000001L;
				}
		return values;
	}

	@ParameterizedTest
	@MethodSource("datasets")
	void everyBlockHoldsTheValuesTheReferenceWrote(String dataset) throws Exception {
		N5Store store = N5Store.open(container());
		N5DatasetAttributes attributes = store.datasetAttributes(dataset);
		assertArrayEquals(DIMS, attributes.dimensions());
		assertEquals(dataset.startsWith("xz") ? "xz" : "blosc", attributes.compression().type());
		for (long[] position : GRID) {
			N5Block block = store.readBlock(dataset, attributes, position);
			long[] origin = { position[0] * 16, position[1] * 8, position[2] * 2 };
			int n = N5Block.numElements(block.size());
			N5DataType type = attributes.dataType();
			assertArrayEquals(type.toBytes(expected(type, origin, block.size()), n), type.toBytes(block.data(), n),
					dataset + " block " + Arrays.toString(position));
		}
	}

	@Test
	void fixturesCoverEveryCodecShuffleTypesizeAndLayout() throws Exception {
		Set<String> features = new TreeSet<>();
		List<String> names = datasets().toList();
		for (String dataset : names)
			if (!dataset.startsWith("xz"))
				for (long[] position : GRID)
					features.addAll(features(chunk(dataset, position)));
		assertEquals(39, names.size(), "datasets");
		for (String codec : List.of("blosclz", "lz4", "snappy", "zlib", "zstd"))
			assertTrue(features.contains("codec " + codec), codec);
		assertTrue(names.stream().anyMatch(d -> d.startsWith("lz4hc")), "lz4hc");
		for (int typesize : new int[] { 1, 2, 4, 8 })
			assertTrue(features.contains("bitshuffle typesize " + typesize), "bit shuffle of " + typesize + "-byte values");
		for (int typesize : new int[] { 2, 4, 8 })
			assertTrue(features.contains("shuffle typesize " + typesize), "byte shuffle of " + typesize + "-byte values");
		for (String layout : List.of("memcpyed", "split", "unsplit", "several blocks", "bitshuffle skipped"))
			assertTrue(features.contains(layout), layout);
	}

	/** The block file's payload: one blosc chunk. */
	static byte[] chunk(String dataset, long[] position) throws IOException, URISyntaxException {
		byte[] file = Files.readAllBytes(container().resolve(dataset).resolve(N5Block.gridPath(position)));
		return Arrays.copyOfRange(file, 4 + 4 * 3, file.length);
	}

	private static List<String> features(byte[] chunk) throws IOException {
		BloscChunk h = BloscChunk.header(chunk, 0, chunk.length);
		List<String> f = new ArrayList<>();
		if ((h.flags() & 0x02) != 0)
			return List.of("memcpyed");
		f.add("codec " + BloscCodec.of(h.flags()).name().toLowerCase(java.util.Locale.ROOT));
		if ((h.flags() & 0x01) != 0 && h.typesize() > 1)
			f.add("shuffle typesize " + h.typesize());
		boolean wholeValues = (h.blocksize() / h.typesize()) % 8 == 0;
		if ((h.flags() & 0x04) != 0)
			f.add(wholeValues ? "bitshuffle typesize " + h.typesize() : "bitshuffle skipped");
		if (h.nbytes() > h.blocksize())
			f.add("several blocks");
		boolean split = (h.flags() & 0x10) == 0 && h.typesize() > 1 && h.typesize() <= 16 && h.blocksize() / h.typesize() >= 128;
		f.add(split ? "split" : "unsplit");
		return f;
	}
}
