package connectomej.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

class N5VolumesTest {

	@TempDir
	Path dir;

	/** Labels 70 x 5 x 3, wider than one 64-voxel block, with a min away from the origin. */
	private static Volume<UnsignedLongType> labels() {
		var img = ArrayImgs.unsignedLongs(70, 5, 3);
		long i = 0;
		for (UnsignedLongType t : img)
			t.set(i++ * 7919 % 1000);
		return new Volume<>(Views.translate(img, 10, 20, 30), new VoxelSize(8, 8, 40));
	}

	@Test
	void writesANewDatasetAndReadsItBackEqual() throws Exception {
		Path root = dir.resolve("volume.n5");
		Volume<UnsignedLongType> v = labels();
		N5Volumes.write(v, root, "/results/segments");
		Volume<? extends RealType<?>> back = N5Volumes.read(root, "results/segments");
		assertEquals(UnsignedLongType.class, back.data().getType().getClass());
		assertArrayEquals(new long[] { 70, 5, 3 }, back.dimensions());
		assertArrayEquals(new double[] { 8, 8, 40 }, back.voxelSize().toArray(), 1e-9);
		assertEqualValues(Views.zeroMin(v.data()), back.data());
		assertEquals(List.of("/results/segments"), N5Volumes.datasets(root), "no temporary dataset is left behind");
	}

	@Test
	void addsADatasetBesideOthersAndNeverReplacesOne() throws Exception {
		Path root = dir.resolve("volume.n5");
		N5Volumes.write(labels(), root, "segments");
		var floats = new Volume<>(ArrayImgs.floats(new float[] { 0.25f, 0.5f, 0.75f, 1 }, 2, 2, 1), VoxelSize.UNIT);
		N5Volumes.write(floats, root, "membranes");
		assertEquals(List.of("/membranes", "/segments"), N5Volumes.datasets(root));
		var e = assertThrows(BadInputException.class, () -> N5Volumes.write(floats, root, "segments"));
		assertTrue(e.getMessage().contains("already holds segments"), e.getMessage());
		assertEqualValues(Views.zeroMin(labels().data()), N5Volumes.read(root, "segments").data());
		assertEquals(FloatType.class, N5Volumes.read(root, "membranes").data().getType().getClass());
	}

	@Test
	void aFailedWriteLeavesNoDatasetBehind() throws Exception {
		Path root = dir.resolve("volume.n5");
		N5Volumes.write(labels(), root, "segments");
		RandomAccessibleInterval<FloatType> failing = net.imglib2.converter.Converters.convert(ArrayImgs.floats(70, 5, 3),
				(in, out) -> {
					throw new IllegalStateException("disk full");
				}, new FloatType());
		assertThrows(IllegalStateException.class, () -> N5Volumes.write(new Volume<>(failing, VoxelSize.UNIT), root, "membranes"));
		try (Stream<Path> entries = Files.list(root)) {
			assertEquals(List.of("attributes.json", "segments"), entries.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void aMissingDatasetIsNamedWithThoseThere() throws Exception {
		Path root = dir.resolve("volume.n5");
		N5Volumes.write(labels(), root, "segments");
		var e = assertThrows(BadInputException.class, () -> VolumeFiles.read(root + ":/segmets"));
		assertTrue(e.getMessage().contains(root.toString()) && e.getMessage().contains("/segmets") && e.getMessage().contains("its datasets: /segments"),
				e.getMessage());
		assertEquals(70, VolumeFiles.read(root.toString()).width(), "a container with one dataset needs no dataset path");
	}

	@Test
	void refusesAFolderThatIsNoContainerAndALocationWithoutDataset() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("photos.n5"));
		Files.writeString(folder.resolve("notes.txt"), "mine");
		var e = assertThrows(BadInputException.class, () -> VolumeFiles.write(labels(), folder + ":/segments"));
		assertTrue(e.getMessage().contains("not an N5 container"), e.getMessage());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(folder.resolve("notes.txt")), files.toList(), "nothing was written into the folder");
		}
		assertThrows(BadInputException.class, () -> VolumeFiles.requireWritable(dir.resolve("new.n5").toString()));
		assertFalse(Files.exists(dir.resolve("new.n5")));
	}

	@Test
	void aNewDatasetMayGoIntoTheContainerOfAnInput() throws Exception {
		Path root = dir.resolve("volume.n5");
		N5Volumes.write(labels(), root, "segments");
		VolumeFiles.requireWritable(root + ":/segments-fixed", root + ":/segments");
		assertThrows(BadInputException.class, () -> VolumeFiles.requireWritable(root + ":/segments", root + ":/segments"));
	}

	private static void assertEqualValues(RandomAccessibleInterval<? extends RealType<?>> expected, RandomAccessibleInterval<? extends RealType<?>> actual) {
		var a = Views.flatIterable(expected).cursor();
		var b = Views.flatIterable(actual).cursor();
		while (a.hasNext())
			assertEquals(a.next().getRealDouble(), b.next().getRealDouble());
	}
}
