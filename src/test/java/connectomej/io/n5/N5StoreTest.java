package connectomej.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;

/** The N5 file-system format, byte for byte, against the examples of the saalfeldlab/n5 README. */
class N5StoreTest {

	@TempDir
	Path dir;

	/** The README's example: a uint16 block of 1 x 2 x 3 values (1..6), header and raw data. */
	private static final byte[] README_RAW_BLOCK = {
		0x00, 0x00, // mode 0
		0x00, 0x03, // 3 dimensions
		0x00, 0x00, 0x00, 0x01, // 1
		0x00, 0x00, 0x00, 0x02, // 2
		0x00, 0x00, 0x00, 0x03, // 3
		0x00, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x04, 0x00, 0x05, 0x00, 0x06 };

	/** The README's gzip-compressed data of the same block (after the same 16 header bytes). */
	private static final int[] README_GZIP_DATA = { 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x63, 0x60,
		0x64, 0x60, 0x62, 0x60, 0x66, 0x60, 0x61, 0x60, 0x65, 0x60, 0x03, 0x00, 0xaa, 0xea, 0x6d, 0xbf, 0x0c, 0x00, 0x00,
		0x00 };

	private static N5DatasetAttributes readmeDataset(N5Compression compression) {
		return new N5DatasetAttributes(new long[] { 1, 2, 3 }, new int[] { 1, 2, 3 }, N5DataType.UINT16, compression);
	}

	@Test
	void rawBlockIsTheReadmeExampleByteForByte() throws IOException {
		N5Block block = new N5Block(new long[3], new int[] { 1, 2, 3 }, new short[] { 1, 2, 3, 4, 5, 6 });
		assertArrayEquals(README_RAW_BLOCK, N5BlockCodec.encode(readmeDataset(N5Compression.RAW), block));
	}

	@Test
	void gzipBlockOfTheReferenceIsRead() throws IOException {
		byte[] file = new byte[16 + README_GZIP_DATA.length];
		System.arraycopy(README_RAW_BLOCK, 0, file, 0, 16);
		for (int i = 0; i < README_GZIP_DATA.length; i++)
			file[16 + i] = (byte) README_GZIP_DATA[i];
		N5Block block = N5BlockCodec.decode(readmeDataset(N5Compression.gzip(-1)), new long[3], file, dir);
		assertArrayEquals(new short[] { 1, 2, 3, 4, 5, 6 }, (short[]) block.data());
	}

	@Test
	void gzipMeansGzipFramingAndZlibIsReadWhenAsked() throws IOException {
		N5Block block = new N5Block(new long[3], new int[] { 1, 2, 3 }, new short[] { 1, 2, 3, 4, 5, 6 });
		byte[] gzip = N5BlockCodec.encode(readmeDataset(N5Compression.gzip(6)), block);
		assertArrayEquals(new byte[] { 0x1f, (byte) 0x8b, 0x08 }, java.util.Arrays.copyOfRange(gzip, 16, 19));
		N5Compression zlib = new N5Compression("gzip", 6, true, 0);
		byte[] z = N5BlockCodec.encode(readmeDataset(zlib), block);
		assertEquals(0x78, z[16] & 0xff, "zlib header");
		assertArrayEquals((short[]) block.data(), (short[]) N5BlockCodec.decode(readmeDataset(zlib), new long[3], z, dir).data());
	}

	@Test
	void datasetAttributesAreTheSpecsJson() throws IOException {
		N5Store store = N5Store.create(dir);
		store.createDataset("a/b", new N5DatasetAttributes(new long[] { 100, 200, 300 }, new int[] { 64, 64, 64 },
				N5DataType.FLOAT32, N5Compression.gzip(4)));
		assertEquals("{\"dimensions\":[100,200,300],\"blockSize\":[64,64,64],\"dataType\":\"float32\","
				+ "\"compression\":{\"type\":\"gzip\",\"level\":4,\"useZlib\":false}}",
				Files.readString(dir.resolve("a/b/attributes.json")));
		assertEquals("{\"n5\":\"" + N5Store.VERSION + "\"}", Files.readString(dir.resolve("attributes.json")));
		N5DatasetAttributes back = store.datasetAttributes("/a/b");
		assertArrayEquals(new long[] { 100, 200, 300 }, back.dimensions());
		assertEquals(N5DataType.FLOAT32, back.dataType());
		assertEquals(4, back.compression().level());
	}

	@Test
	void datasetWrittenByAnotherToolIsRead() throws IOException {
		Files.createDirectories(dir.resolve("d"));
		Files.writeString(dir.resolve("d/attributes.json"),
				"{ \"dataType\" : \"uint16\", \"compression\" : { \"type\" : \"raw\" },\n \"blockSize\" : [1, 2, 3], \"dimensions\" : [1, 2, 3], \"resolution\": [4.0, 4.0, 40.0] }");
		Files.createDirectories(dir.resolve("d/0/0"));
		Files.write(dir.resolve("d/0/0/0"), README_RAW_BLOCK);
		N5Store store = N5Store.open(dir);
		N5Block block = store.readBlock("d", store.datasetAttributes("d"), new long[3]);
		assertArrayEquals(new short[] { 1, 2, 3, 4, 5, 6 }, (short[]) block.data());
		assertEquals(List.of(4.0, 4.0, 40.0), store.attributes("d").get("resolution"));
	}

	@Test
	void legacyCompressionTypeIsRead() throws IOException {
		Files.createDirectories(dir.resolve("old"));
		Files.writeString(dir.resolve("old/attributes.json"),
				"{\"dimensions\":[1,2,3],\"blockSize\":[1,2,3],\"dataType\":\"uint16\",\"compressionType\":\"raw\"}");
		assertEquals(N5Compression.RAW, N5Store.open(dir).datasetAttributes("old").compression());
	}

	@Test
	void attributesAreMergedAndKeepTheirTypes() throws IOException {
		N5Store store = N5Store.create(dir);
		store.setAttributes("g", Map.of("name", "EM \"raw\"", "factors", new long[][] { { 1, 1, 1 }, { 2, 2, 1 } }));
		store.setAttributes("g", Map.of("scale", 0.5, "flag", true));
		Map<String, Object> a = store.attributes("g");
		assertEquals("EM \"raw\"", a.get("name"));
		assertEquals(List.of(List.of(1L, 1L, 1L), List.of(2L, 2L, 1L)), a.get("factors"));
		assertEquals(0.5, a.get("scale"));
		assertEquals(Boolean.TRUE, a.get("flag"));
		assertFalse(store.datasetExists("g"));
	}

	@Test
	void missingBlockIsNullAndCorruptBlockNamesItsPosition() throws IOException {
		N5Store store = N5Store.create(dir);
		N5DatasetAttributes attributes = readmeDataset(N5Compression.RAW);
		store.createDataset("d", attributes);
		assertNull(store.readBlock("d", attributes, new long[3]));
		Files.createDirectories(dir.resolve("d/0/0"));
		Files.write(dir.resolve("d/0/0/0"), java.util.Arrays.copyOf(README_RAW_BLOCK, 20));
		BadInputException e = assertThrows(BadInputException.class, () -> store.readBlock("d", attributes, new long[3]));
		assertTrue(e.getMessage().contains("grid position [0, 0, 0]"), e.getMessage());
		assertTrue(e.getMessage().contains("d/0/0/0"), e.getMessage());
	}

	@Test
	void blockOfTheWrongSizeIsCorrupt() throws IOException {
		N5Store store = N5Store.create(dir);
		N5DatasetAttributes attributes = new N5DatasetAttributes(new long[] { 2, 2, 3 }, new int[] { 1, 2, 3 }, N5DataType.UINT16, N5Compression.RAW);
		store.createDataset("d", attributes);
		Files.createDirectories(dir.resolve("d/1/0"));
		byte[] wrong = README_RAW_BLOCK.clone();
		wrong[11] = 1; // size 1 x 1 x 3 but 6 values
		Files.write(dir.resolve("d/1/0/0"), wrong);
		BadInputException e = assertThrows(BadInputException.class, () -> store.readBlock("d", attributes, new long[] { 1, 0, 0 }));
		assertTrue(e.getMessage().contains("[1, 0, 0]") && e.getMessage().contains("expected [1, 2, 3]"), e.getMessage());
	}

	@Test
	void readersNeverSeeHalfWrittenBlocksWhileWritersReplaceThem() throws Exception {
		N5Store store = N5Store.create(dir);
		N5DatasetAttributes attributes = new N5DatasetAttributes(new long[] { 64, 64, 4 }, new int[] { 64, 64, 4 }, N5DataType.UINT8, N5Compression.gzip(1));
		store.createDataset("d", attributes);
		Runnable writer = () -> {
			try {
				for (int i = 0; i < 100; i++) {
					byte[] values = new byte[64 * 64 * 4];
					java.util.Arrays.fill(values, (byte) i);
					store.writeBlock("d", attributes, new N5Block(new long[3], new int[] { 64, 64, 4 }, values));
				}
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		};
		Thread a = new Thread(writer), b = new Thread(writer);
		a.start();
		b.start();
		int reads = 0;
		while (a.isAlive() || b.isAlive() || reads == 0) {
			N5Block block = store.readBlock("d", attributes, new long[3]);
			if (block == null)
				continue;
			byte[] values = (byte[]) block.data();
			for (byte v : values)
				assertEquals(values[0], v, "one writer's block, whole");
			reads++;
		}
		a.join();
		b.join();
		assertTrue(reads > 0);
		try (var files = Files.list(dir.resolve("d/0/0"))) {
			assertEquals(List.of("0"), files.map(p -> p.getFileName().toString()).toList(), "no temporary files left");
		}
	}

	@Test
	void bzip2AndLz4BlocksHaveTheReferenceFramingAndTheirAttributes() throws IOException {
		N5Block block = new N5Block(new long[3], new int[] { 1, 2, 3 }, new short[] { 1, 2, 3, 4, 5, 6 });
		byte[] bzip2 = N5BlockCodec.encode(readmeDataset(N5Compression.bzip2(9)), block);
		assertEquals("BZh9", new String(bzip2, 16, 4, java.nio.charset.StandardCharsets.US_ASCII), "a bzip2 stream, 900 kB blocks");
		byte[] lz4 = N5BlockCodec.encode(readmeDataset(N5Compression.lz4(1 << 16)), block);
		assertEquals("LZ4Block", new String(lz4, 16, 8, java.nio.charset.StandardCharsets.US_ASCII), "lz4-java's block framing");
		Files.createDirectories(dir.resolve("b"));
		Files.writeString(dir.resolve("b/attributes.json"),
				"{\"dimensions\":[1,2,3],\"blockSize\":[1,2,3],\"dataType\":\"uint16\",\"compression\":{\"type\":\"lz4\",\"blockSize\":65536}}");
		assertEquals(N5Compression.lz4(65536), N5Store.open(dir).datasetAttributes("b").compression());
		Files.writeString(dir.resolve("b/attributes.json"),
				"{\"dimensions\":[1,2,3],\"blockSize\":[1,2,3],\"dataType\":\"uint16\",\"compression\":{\"type\":\"bzip2\"}}");
		assertEquals(N5Compression.bzip2(9), N5Store.open(dir).datasetAttributes("b").compression(), "the reference's default block size");
		Files.writeString(dir.resolve("b/attributes.json"),
				"{\"dimensions\":[1,2,3],\"blockSize\":[1,2,3],\"dataType\":\"uint16\",\"compression\":{\"type\":\"zstd\",\"level\":3}}");
		BadInputException e = assertThrows(BadInputException.class, () -> N5Store.open(dir).datasetAttributes("b"));
		assertTrue(e.getMessage().contains("'zstd' is not supported (raw, gzip, bzip2, lz4, xz, blosc are)"), e.getMessage());
	}

	@Test
	void xzBlocksHaveTheReferenceFramingAndItsPreset() throws IOException {
		N5Block block = new N5Block(new long[3], new int[] { 1, 2, 3 }, new short[] { 1, 2, 3, 4, 5, 6 });
		byte[] xz = N5BlockCodec.encode(readmeDataset(N5Compression.xz(6)), block);
		assertArrayEquals(new byte[] { (byte) 0xfd, '7', 'z', 'X', 'Z', 0 }, java.util.Arrays.copyOfRange(xz, 16, 22), "an .xz stream");
		assertArrayEquals((short[]) block.data(), (short[]) N5BlockCodec.decode(readmeDataset(N5Compression.xz(6)), new long[3], xz, dir).data());
		assertEquals(Map.of("type", "xz", "preset", 6L), N5Compression.xz(6).toJson());
		assertEquals(N5Compression.xz(6), N5Compression.fromJson(Map.of("type", "xz")), "the reference's default preset");
		assertEquals(N5Compression.xz(1), N5Compression.fromJson(Map.of("type", "xz", "preset", 1L)));
		assertThrows(IllegalArgumentException.class, () -> N5Compression.xz(10));
	}

	@Test
	void bloscIsReadOnlyAndSaysSoWhenADatasetIsMadeWithIt() throws IOException {
		N5Compression blosc = N5Compression.fromJson(Map.of("type", "blosc", "cname", "lz4", "clevel", 5L, "shuffle", 1L,
				"blocksize", 0L, "nthreads", 1L));
		assertEquals(N5Compression.blosc(), blosc);
		assertFalse(blosc.isWritable());
		N5Store store = N5Store.create(dir);
		UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
				() -> store.createDataset("d", readmeDataset(blosc)));
		assertTrue(e.getMessage().contains("'blosc' is read only; write with one of raw, gzip, bzip2, lz4, xz"), e.getMessage());
		assertFalse(store.exists("d"), "nothing made");
		assertThrows(UnsupportedOperationException.class, () -> blosc.encode(new byte[12]));
	}

	@Test
	void malformedAttributesAreBadInput() throws IOException {
		Files.createDirectories(dir.resolve("d"));
		Files.writeString(dir.resolve("d/attributes.json"), "{\"dimensions\": [1, 2], \"blockSize\": [1, 2], \"dataType\": \"uint9\", \"compression\": {\"type\": \"raw\"}}");
		BadInputException e = assertThrows(BadInputException.class, () -> N5Store.open(dir).datasetAttributes("d"));
		assertTrue(e.getMessage().contains("uint9"), e.getMessage());
		Files.writeString(dir.resolve("d/attributes.json"), "{\"dimensions\": [1, 2,");
		assertThrows(BadInputException.class, () -> N5Store.open(dir).attributes("d"));
	}
}
