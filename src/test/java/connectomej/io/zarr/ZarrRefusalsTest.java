package connectomej.io.zarr;

import static connectomej.io.zarr.ZarrFixtures.copy;
import static connectomej.io.zarr.ZarrFixtures.edit;
import static connectomej.io.zarr.ZarrFixtures.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import connectomej.io.BadInputException;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** What the Zarr reader refuses, and how: one message naming the file, never another exception. */
class ZarrRefusalsTest {

	@TempDir
	Path tmp;

	@Test
	void filters() {
		assertRefused(store("delta.zarr").toString(), ".zarray: has filters (delta), which are not read");
	}

	@Test
	void zarrV3() {
		String message = assertRefused(store("v3.zarr").toString(), "Zarr v3 (zarr.json) is not read yet");
		assertTrue(message.contains("convert to Zarr v2 or N5"), message);
		assertRefused(store("v3.zarr") + ":/raw", "Zarr v3 (zarr.json) is not read yet");
		assertThrows(BadInputException.class, () -> VolumeFiles.describe(store("v3.zarr")));
	}

	@Test
	void leadingAxesLongerThanOne() {
		assertRefused(store("channels.zarr").toString(), "has shape 2 x 3 x 13 x 21 (c, z, y, x); a volume has one channel and one time point");
	}

	@Test
	void omeMetadataWithAScaleThatIsNoNumber() throws IOException {
		Path image = copy(store("image.ome.zarr"), tmp.resolve("image.ome.zarr"));
		edit(image.resolve(".zattrs"), "0.04,", "\"0.04\",");
		assertRefused(image.toString(), "is not OME-Zarr 0.4 multiscales metadata: a scale holds 0.04, not a number");
	}

	@Test
	void aFolderThatIsNoStore() throws IOException {
		Files.createDirectories(tmp.resolve("empty.zarr"));
		assertRefused(tmp.resolve("empty.zarr").toString(), "is not a Zarr store (no .zgroup or .zarray in it)");
	}

	@Test
	void compressorsDtypesAndLayoutsNotRead() throws IOException {
		Path array = copy(store("arrays.zarr").resolve("uint16_zlib"), tmp.resolve("a.zarr"));
		Path zarray = array.resolve(".zarray");
		String original = Files.readString(zarray);
		edit(zarray, "\"id\": \"zlib\"", "\"id\": \"zfpy\"");
		assertRefused(array.toString(), "compressor 'zfpy' is not read (blosc, zlib, gzip, bz2, lzma, zstd, lz4 and none are)");
		for (String[] change : List.of(new String[] { "\"<u2\"", "\"<c8\"", "dtype \"<c8\" is not read" },
				new String[] { "\"<u2\"", "\"<f2\"", "dtype \"<f2\" is not read" },
				new String[] { "\"<u2\"", "\"|S4\"", "dtype \"|S4\" is not read" },
				new String[] { "\"<u2\"", "[[\"a\", \"<u2\"]]", "dtype [[\"a\",\"<u2\"]] is not read" },
				new String[] { "\"order\": \"C\"", "\"order\": \"K\"", "order \"K\" is not read" },
				new String[] { "\"zarr_format\": 2", "\"zarr_format\": 3", "zarr_format 3 is not read" },
				new String[] { "\"filters\": null", "\"filters\": [{\"id\": \"fixedscaleoffset\"}, {\"id\": \"delta\"}]",
						"has filters (fixedscaleoffset, delta)" })) {
			Files.writeString(zarray, original);
			edit(zarray, change[0], change[1]);
			assertRefused(array.toString(), change[2]);
		}
	}

	/** Every chunk of every compressor, truncated or emptied: the chunk file is named, nothing else is thrown. */
	@ParameterizedTest
	@ValueSource(strings = { "uint8_blosc", "uint16_zlib", "float32_zstd", "int16be_gzip", "uint64_bz2", "uint8_lzma", "uint8_lzma_alone",
			"uint16_lz4", "int8_raw", "uint8_nested" })
	void truncatedChunksAreNamed(String name) throws IOException {
		Path array = copy(store("arrays.zarr").resolve(name), tmp.resolve(name + ".zarr"));
		String key = name.endsWith("nested") ? "0/0/0" : "0.0.0";
		Path chunk = array.resolve(key);
		byte[] whole = Files.readAllBytes(chunk);
		for (int length : new int[] { 0, 1, 4, whole.length / 2, whole.length - 1 }) {
			Files.write(chunk, Arrays.copyOf(whole, length));
			Volume<? extends RealType<?>> v = VolumeFiles.read(array.toString());
			String message = assertThrows(BadInputException.class, () -> v.data().getAt(0, 0, 0), "truncated to " + length).getMessage();
			assertTrue(message.startsWith(chunk + ": corrupt Zarr chunk " + key + ": "), message);
		}
		Files.write(chunk, Arrays.copyOf(whole, whole.length + 3));
		if (!name.contains("raw")) // trailing bytes after a compressed stream are not looked at
			return;
		Volume<? extends RealType<?>> v = VolumeFiles.read(array.toString());
		String message = assertThrows(BadInputException.class, () -> v.data().getAt(0, 0, 0)).getMessage();
		assertTrue(message.contains("decodes to more than 256 bytes; a chunk (2 x 8 x 16 of |i1) is 256"), message);
	}

	/** Random damage to a chunk: its values, or an error naming the chunk file; never another exception. */
	@ParameterizedTest
	@ValueSource(strings = { "uint8_blosc", "uint16_zlib", "float32_zstd", "int16be_gzip", "uint64_bz2", "uint8_lzma", "uint16_lz4" })
	void damagedChunksGiveValuesOrANamedError(String name) throws IOException {
		Path array = copy(store("arrays.zarr").resolve(name), tmp.resolve(name + ".zarr"));
		Path chunk = array.resolve("0.0.0");
		byte[] whole = Files.readAllBytes(chunk);
		Random random = new Random(name.hashCode());
		for (int trial = 0; trial < 40; trial++) {
			byte[] damaged = whole.clone();
			for (int k = 0; k < 1 + trial % 4; k++)
				damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
			Files.write(chunk, damaged);
			Volume<? extends RealType<?>> v = VolumeFiles.read(array.toString());
			try {
				Views.flatIterable(v.data()).forEach(RealType::getRealDouble);
			} catch (BadInputException e) {
				assertTrue(e.getMessage().startsWith(chunk + ": corrupt Zarr chunk 0.0.0: "), e.getMessage());
			}
		}
	}

	@Test
	void zarrIsNeverWritten() throws IOException {
		Volume<? extends RealType<?>> volume = new Volume<>(ArrayImgs.unsignedBytes(4, 3, 2), VoxelSize.UNIT);
		String refusal = "is a Zarr store, which is read here, never written: write to a .tif, a .h5:/dataset or a .n5:/dataset";
		for (String location : List.of("out.zarr", "out.zarr:/raw", "out.ome.zarr")) {
			String at = tmp.resolve(location).toString();
			assertMessage(refusal, () -> VolumeFiles.write(volume, at));
			assertMessage(refusal, () -> VolumeFiles.requireWritable(at));
			assertMessage(refusal, () -> VolumeFiles.requireWritable(at, "in.tif"));
			assertMessage(refusal, () -> SectionStreams.create(at, new long[] { 4, 3, 2 }, VoxelSize.UNIT));
		}
		assertEquals(0, Files.list(tmp).count(), "nothing is written");
		// an existing store is not replaced either
		Path single = copy(store("single.zarr"), tmp.resolve("single.zarr"));
		long files = Files.walk(single).count();
		assertMessage(refusal, () -> VolumeFiles.write(volume, single + ":/new"));
		assertEquals(files, Files.walk(single).count());
	}

	private static String assertRefused(String location, String expected) {
		String message = assertThrows(BadInputException.class, () -> VolumeFiles.read(location)).getMessage();
		assertTrue(message.contains(expected), message);
		return message;
	}

	private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
		String message = assertThrows(BadInputException.class, call).getMessage();
		assertTrue(message.contains(expected), message);
		assertFalse(message.isBlank());
	}
}
