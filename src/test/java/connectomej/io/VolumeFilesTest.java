package connectomej.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

class VolumeFilesTest {

	private static final Path DATA = Path.of("../shared/data");

	@TempDir
	Path dir;

	@Test
	void parsesLocations() {
		VolumeLocation h5 = VolumeLocation.parse("data/train.H5:/volumes/raw");
		assertEquals(Path.of("data/train.H5"), h5.file());
		assertEquals("/volumes/raw", h5.dataset());
		assertEquals(VolumeLocation.Format.HDF5, h5.format());
		assertNull(VolumeLocation.parse("x.hdf5").dataset());
		assertEquals(VolumeLocation.Format.HDF5, VolumeLocation.parse("x.hdf:/a").format());
		assertEquals(VolumeLocation.Format.TIFF, VolumeLocation.parse("a/b.TIFF").format());
		assertEquals(VolumeLocation.Format.PNG, VolumeLocation.parse("slices/").format());
		VolumeLocation n5 = VolumeLocation.parse("run/volume.n5:/segments");
		assertEquals(Path.of("run/volume.n5"), n5.file());
		assertEquals("/segments", n5.dataset());
		assertEquals(VolumeLocation.Format.N5, n5.format());
		assertNull(VolumeLocation.parse("run/volume.N5/").dataset());
		assertEquals(VolumeLocation.Format.N5, VolumeLocation.parse("run/volume.N5/").format());
	}

	@Test
	void writesAndReadsEveryFormat() throws Exception {
		short[] values = new short[6 * 4 * 3];
		for (int i = 0; i < values.length; i++)
			values[i] = (short) (i * 1001);
		Volume<UnsignedShortType> v = new Volume<>(ArrayImgs.unsignedShorts(values, 6, 4, 3), new VoxelSize(5, 5, 30));
		for (String location : new String[] { "v.tif", "v.h5:/group/v", "v.n5:/group/v", "slices" }) {
			String at = dir.resolve(location).toString();
			VolumeFiles.write(v, at);
			Volume<? extends RealType<?>> back = VolumeFiles.read(at);
			assertEquals(UnsignedShortType.class, back.data().getType().getClass(), location);
			assertArrayEquals(v.dimensions(), back.dimensions(), location);
			var a = Views.flatIterable(v.data()).cursor();
			var b = Views.flatIterable(back.data()).cursor();
			while (a.hasNext())
				assertEquals(a.next().getRealDouble(), b.next().getRealDouble(), location);
			if (!location.equals("slices"))
				assertArrayEquals(v.voxelSize().toArray(), back.voxelSize().toArray(), 1e-9, location);
		}
		// an HDF5 file with one dataset needs no dataset path
		assertArrayEquals(v.dimensions(), VolumeFiles.read(dir.resolve("v.h5").toString()).dimensions());
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".tmp-")), "temporary files left");
		}
	}

	@Test
	void writingADatasetNeverLosesTheOtherDatasetsOfAnHdf5File() throws Exception {
		Volume<UnsignedShortType> a = new Volume<>(ArrayImgs.unsignedShorts(new short[] { 1, 2, 3, 4 }, 2, 2, 1), new VoxelSize(1, 1, 1));
		Volume<UnsignedShortType> b = new Volume<>(ArrayImgs.unsignedShorts(new short[] { 5, 6, 7, 8 }, 2, 2, 1), new VoxelSize(1, 1, 1));
		Path file = dir.resolve("data.h5");
		VolumeFiles.write(a, file + ":/raw");
		byte[] before = Files.readAllBytes(file);
		BadInputException e = assertThrows(BadInputException.class, () -> VolumeFiles.write(b, file + ":/labels"));
		assertTrue(e.getMessage().startsWith(file + ": ") && e.getMessage().contains("/raw") && e.getMessage().contains("another file"),
				e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "the refused write leaves the file as it was");
		VolumeFiles.write(b, file + ":/raw"); // the file's own dataset may be replaced
		assertEquals(5, ((UnsignedShortType) VolumeFiles.read(file + ":/raw").data().firstElement()).get());
		Path pair = dir.resolve("pair.h5");
		VolumeFiles.write(a, pair + ":/variance", b, pair + ":/mean");
		assertEquals(java.util.List.of("/mean", "/variance"), connectomej.io.hdf5.Hdf5Volumes.datasetPaths(pair).stream().sorted().toList());
		assertEquals(1, ((UnsignedShortType) VolumeFiles.read(pair + ":/variance").data().firstElement()).get());
		assertThrows(BadInputException.class, () -> VolumeFiles.write(a, pair + ":/v", b, pair + ":/v"));
	}

	@Test
	void anOutputIsRefusedWhenItIsTheFileOrFolderOfAnInput() {
		Path em = dir.resolve("em.tif"), slices = dir.resolve("slices"), h5 = dir.resolve("data.h5");
		BadInputException e = assertThrows(BadInputException.class,
				() -> VolumeFiles.requireNotAnInput(dir.resolve("sub/../em.tif"), null, " ", h5 + ":/raw", em.toString()));
		assertEquals(dir.resolve("sub/../em.tif") + ": is also an input of this command (" + em
				+ "); the output would replace it: write the output elsewhere", e.getMessage());
		assertThrows(BadInputException.class, () -> VolumeFiles.requireNotAnInput(h5, h5 + ":/raw"), "the file of an HDF5 input");
		assertThrows(BadInputException.class, () -> VolumeFiles.requireNotAnInput(slices, slices.toString()), "a PNG folder");
		VolumeFiles.requireNotAnInput(dir.resolve("out.csv"), em.toString(), h5 + ":/raw", slices.toString(), null, "");
	}

	@Test
	void missingFileSaysSo() {
		BadInputException e = assertThrows(BadInputException.class, () -> VolumeFiles.read(dir.resolve("nope.tif").toString()));
		assertEquals(dir.resolve("nope.tif") + ": no such file", e.getMessage());
		assertThrows(BadInputException.class, () -> VolumeFiles.read(dir.resolve("nope.h5") + ":/raw"));
		assertThrows(BadInputException.class, () -> VolumeFiles.describe(dir.resolve("nope")));
	}

	@Test
	void describesEverySharedFile() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(DATA), "shared EM data absent");
		Map<String, String[]> expected = Map.ofEntries(
				Map.entry("isbi2012/train-volume.tif", new String[] { "25 pages", "512 x 512 x 25", "8-bit unsigned", "deflate (8)" }),
				Map.entry("isbi2012/test-volume.tif", new String[] { "30 pages", "512 x 512 x 30", "8-bit unsigned" }),
				Map.entry("isbi2012/train-labels.tif", new String[] { "512 x 512 x 25", "8-bit unsigned" }),
				Map.entry("epfl_hippocampus/epfl_train_slices.tif", new String[] { "1024 x 768 x 27", "8-bit unsigned", "none (1)" }),
				Map.entry("epfl_hippocampus/epfl_train_membranes.tif", new String[] { "1024 x 768 x 27", "deflate (8)" }),
				Map.entry("snemi_mini/train-fragments.tif", new String[] { "160 x 160 x 32", "16-bit unsigned", "none (1)" }),
				Map.entry("snemi_mini/train-labels.tif", new String[] { "160 x 160 x 32", "8-bit unsigned" }),
				Map.entry("gala_fibsem/train.h5", new String[] { "4 datasets", "/raw: 50 x 100 x 200 (z, y, x) u8",
						"/gt: 50 x 100 x 200 (z, y, x) u32", "/ws: 50 x 100 x 200 (z, y, x) u32", "/boundary_prob: 50 x 100 x 200 (z, y, x) f32" }),
				Map.entry("gala_fibsem/test.h5", new String[] { "/raw: 50 x 100 x 200 (z, y, x) u8", "/gt: 50 x 100 x 200 (z, y, x) u32" }));
		for (var e : expected.entrySet()) {
			Path file = DATA.resolve(e.getKey());
			Assumptions.assumeTrue(Files.exists(file), file + " absent");
			String description = VolumeFiles.describe(file);
			for (String part : e.getValue())
				assertTrue(description.contains(part), e.getKey() + " lacks '" + part + "':\n" + description);
		}
		try (var all = Files.walk(DATA)) {
			for (Path p : (Iterable<Path>) all.filter(p -> p.toString().matches(".*\\.(tif|h5)$"))::iterator)
				assertTrue(VolumeFiles.describe(p).lines().count() >= 3, p.toString());
		}
	}
}
