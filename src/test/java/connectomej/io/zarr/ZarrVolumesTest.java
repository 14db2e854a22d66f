package connectomej.io.zarr;

import static connectomej.io.zarr.ZarrFixtures.DIMS;
import static connectomej.io.zarr.ZarrFixtures.assertVoxels;
import static connectomej.io.zarr.ZarrFixtures.base;
import static connectomej.io.zarr.ZarrFixtures.store;
import static connectomej.io.zarr.ZarrFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import connectomej.io.BadInputException;
import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/** Zarr v2 and OME-Zarr arrays written by zarr-python, read through {@link VolumeFiles} and compared voxel by voxel. */
class ZarrVolumesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({
		"uint8_blosc, uint8, UnsignedByteType",
		"uint16_blosc_zstd_bitshuffle, uint16, UnsignedShortType",
		"uint16_zlib, uint16, UnsignedShortType",
		"float32_zstd, float32, FloatType",
		"int16be_gzip, int16be, ShortType",
		"uint64_bz2, uint64, UnsignedLongType",
		"uint8_lzma, uint8, UnsignedByteType",
		"uint8_lzma_alone, uint8, UnsignedByteType",
		"uint16_lz4, uint16, UnsignedShortType",
		"uint32_zlib, uint32, UnsignedIntType",
		"int32_gzip, int32, IntType",
		"int64_zlib, int64, LongType",
		"float64_zlib, float64, DoubleType",
		"int8_raw, int8, ByteType",
		"bool_zlib, bool, UnsignedByteType",
		"uint16_order_f, uint16, UnsignedShortType",
		"float32_order_f_blosc, float32, FloatType",
		"uint8_nested, uint8, UnsignedByteType" })
	void readsEveryDtypeCompressorAndLayout(String array, String values, String type) throws IOException {
		Volume<? extends RealType<?>> v = VolumeFiles.read(store("arrays.zarr") + ":/" + array);
		assertEquals(type, v.data().getType().getClass().getSimpleName());
		assertVoxels(DIMS, (x, y, z) -> value(values, x, y, z), v);
		assertEquals(VoxelSize.UNIT, v.voxelSize());
	}

	@Test
	void chunksMissingOnDiskReadAsTheFillValue() throws IOException {
		String arrays = store("arrays.zarr").toString();
		// chunk 1.0.1 (z 2, y 0..7, x 16..20) was removed
		assertVoxels(DIMS, (x, y, z) -> z == 2 && y < 8 && x >= 16 ? 4242 : value("uint16", x, y, z), VolumeFiles.read(arrays + ":/uint16_fill"));
		// chunk 0.1.0 (z 0..1, y 8..12, x 0..15) was removed; its fill_value is "NaN"
		assertVoxels(DIMS, (x, y, z) -> z < 2 && y >= 8 && x < 16 ? Double.NaN : value("float32", x, y, z),
				VolumeFiles.read(arrays + ":/float32_nan_fill"));
	}

	@Test
	void aTwoDimensionalArrayIsOneSection() throws IOException {
		assertVoxels(new long[] { 21, 13, 1 }, (x, y, z) -> base(x, y, 0), VolumeFiles.read(store("arrays.zarr") + ":/section"));
	}

	@Test
	void aStoreWhoseRootIsAnArrayIsReadWithoutAPath() throws IOException {
		for (String location : List.of(store("single.zarr").toString(), store("single.zarr") + "/", store("single.zarr") + ":/"))
			assertVoxels(DIMS, (x, y, z) -> base(x, y, z), VolumeFiles.read(location));
	}

	@Test
	void nestedGroupsAndTheResolutionAttribute() throws IOException {
		Path nested = store("nested.zarr");
		Volume<? extends RealType<?>> raw = VolumeFiles.read(nested + ":/volume/raw");
		assertVoxels(DIMS, (x, y, z) -> base(x, y, z), raw);
		assertEquals(new VoxelSize(4, 4, 40), raw.voxelSize()); // resolution [40, 4, 4] is z, y, x
		Volume<? extends RealType<?>> labels = VolumeFiles.read(nested + ":/volume/labels");
		assertInstanceOf(UnsignedLongType.class, labels.data().getType());
		assertVoxels(DIMS, (x, y, z) -> value("uint64", x, y, z), labels);
		assertEquals(List.of("/volume/labels", "/volume/raw"), ZarrVolumes.arrays(nested));
	}

	@Test
	void withoutAPathAStoreOfSeveralArraysListsThem() {
		String message = assertThrows(BadInputException.class, () -> VolumeFiles.read(store("nested.zarr").toString())).getMessage();
		assertTrue(message.contains("say which array to read") && message.contains("arrays in the store: /volume/labels, /volume/raw"), message);
		message = assertThrows(BadInputException.class, () -> VolumeFiles.read(store("nested.zarr") + ":/volume")).getMessage();
		assertTrue(message.contains("/volume is a group, not an array or an OME-Zarr image; its arrays: /volume/labels"), message);
		message = assertThrows(BadInputException.class, () -> VolumeFiles.read(store("nested.zarr") + ":/volume/gt")).getMessage();
		assertTrue(message.contains("holds no array /volume/gt; its arrays: /volume/labels, /volume/raw"), message);
	}

	@Test
	void omeZarrReadsLevelZeroWithItsVoxelSize() throws IOException {
		Volume<? extends RealType<?>> image = VolumeFiles.read(store("image.ome.zarr").toString());
		assertVoxels(DIMS, (x, y, z) -> base(x, y, z), image); // t and c of size 1 dropped
		assertVoxelSize(4, 4, 40, image.voxelSize()); // 0.004, 0.004, 0.04 micrometer
		// a level named by its path is a plain 5D array
		assertVoxels(new long[] { 11, 7, 3 }, (x, y, z) -> (x + 3 * y + 7 * z) % 251 / 2, VolumeFiles.read(store("image.ome.zarr") + ":/1"));
		// nanometer, a dataset scale [10, 2, 2] times a global scale [4, 3, 2] (z, y, x)
		Volume<? extends RealType<?>> scaled = VolumeFiles.read(store("scaled.ome.zarr").toString());
		assertVoxels(DIMS, (x, y, z) -> base(x, y, z), scaled);
		assertVoxelSize(4, 6, 40, scaled.voxelSize());
	}

	@Test
	void omeZarrUnits(@TempDir Path tmp) throws IOException {
		Path image = ZarrFixtures.copy(store("scaled.ome.zarr"), tmp.resolve("a.ome.zarr"));
		Path attributes = image.resolve(".zattrs");
		String nanometer = Files.readString(attributes);
		Files.writeString(attributes, nanometer.replace("nanometer", "angstrom"));
		assertVoxelSize(0.4, 0.6, 4, VolumeFiles.read(image.toString()).voxelSize());
		Files.writeString(attributes, nanometer.replace("\"unit\": \"nanometer\"", "\"unit\": \"pixel\""));
		assertEquals(VoxelSize.UNIT, VolumeFiles.read(image.toString()).voxelSize()); // not a length unit: unrecorded
		Files.writeString(attributes, nanometer.replaceAll(",\\s*\"unit\": \"nanometer\"", "")); // no unit: unrecorded
		assertEquals(VoxelSize.UNIT, VolumeFiles.read(image.toString()).voxelSize());
	}

	@Test
	void sectionStreamsReadZarrSlabs() throws IOException {
		try (SectionSource s = SectionStreams.open(store("arrays.zarr") + ":/uint16_zlib")) {
			assertEquals(List.of(21L, 13L, 3L), java.util.Arrays.stream(s.dimensions()).boxed().toList());
			var slab = s.read(1, 2);
			var c = net.imglib2.view.Views.flatIterable(slab).localizingCursor();
			while (c.hasNext()) {
				double v = c.next().getRealDouble();
				assertEquals(value("uint16", c.getLongPosition(0), c.getLongPosition(1), c.getLongPosition(2)), v, 0);
			}
		}
	}

	@Test
	void locations() {
		assertLocation("data.zarr", null, VolumeLocation.parse("data.zarr"));
		assertLocation("data.zarr", null, VolumeLocation.parse("data.zarr/"));
		assertLocation("DATA.ZARR", "/a/b", VolumeLocation.parse("DATA.ZARR:/a/b"));
		assertLocation("image.ome.zarr", "/0", VolumeLocation.parse("image.ome.zarr/:/0"));
		assertEquals("data.zarr:/labels", VolumeLocation.parse("data.zarr:/labels").toString());
	}

	@Test
	void describesArraysAndLevels() throws IOException {
		String arrays = VolumeFiles.describe(store("arrays.zarr"));
		assertTrue(arrays.contains("Zarr v2 store, 21 arrays"), arrays);
		assertTrue(arrays.contains("/uint16_zlib: 3 x 13 x 21 (z, y, x) uint16 (<u2), chunks 2 x 8 x 16, zlib, voxel size none recorded (1 nm assumed)"), arrays);
		assertTrue(arrays.contains("/uint8_blosc: 3 x 13 x 21 (z, y, x) uint8 (|u1), chunks 2 x 8 x 16, blosc (lz4)"), arrays);
		assertTrue(arrays.contains("/bool_zlib: 3 x 13 x 21 (z, y, x) bool as uint8 (|b1)"), arrays);
		assertTrue(arrays.contains("/int16be_gzip: 3 x 13 x 21 (z, y, x) int16 (>i2), chunks 2 x 8 x 16, gzip"), arrays);
		assertTrue(arrays.contains("/section: 13 x 21 (y, x) uint8 (|u1), chunks 8 x 16"), arrays);
		String nested = VolumeFiles.describe(store("nested.zarr"));
		assertTrue(nested.contains("/volume/raw: 3 x 13 x 21 (z, y, x) uint8 (|u1), chunks 2 x 8 x 16, blosc (lz4), voxel size 4.0 x 4.0 x 40.0 nm\n"), nested);
		String image = VolumeFiles.describe(store("image.ome.zarr"));
		assertTrue(image.contains("OME-Zarr 0.4 multiscale image \"em\", axes t, c, z, y, x, 2 levels; level 0 is read"), image);
		assertTrue(image.contains("level 0 /0: 1 x 1 x 3 x 13 x 21 (t, c, z, y, x) uint8 (|u1), chunks 1 x 1 x 2 x 8 x 16, blosc (lz4), voxel size 4.0"), image);
		assertTrue(image.contains("level 1 /1: 1 x 1 x 3 x 7 x 11 (t, c, z, y, x)"), image);
		String delta = VolumeFiles.describe(store("delta.zarr"));
		assertTrue(delta.contains("/: not read: ") && delta.contains("has filters (delta)"), delta);
	}

	private static void assertLocation(String file, String path, VolumeLocation at) {
		assertEquals(VolumeLocation.Format.ZARR, at.format());
		assertEquals(Path.of(file), at.file());
		if (path == null)
			assertNull(at.dataset());
		else
			assertEquals(path, at.dataset());
	}

	private static void assertVoxelSize(double x, double y, double z, VoxelSize v) {
		assertEquals(x, v.x(), 1e-9);
		assertEquals(y, v.y(), 1e-9);
		assertEquals(z, v.z(), 1e-9);
	}
}
