package connectomej.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

/** A folder of TIFF files read as one volume: a stack exported one file per section. */
class TiffFolderTest {

	private static final VoxelSize SIZE = new VoxelSize(4, 4, 40);
	private static final int W = 5, H = 3;

	@TempDir
	Path dir;

	/** Writes section files s9.tif (value 9), s10.tif (10), S2.TIFF (2 and 3: two pages) and s1.tif (1), out of order. */
	private Path folder() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("sections"));
		write(folder.resolve("s9.tif"), 9);
		write(folder.resolve("s10.tif"), 10);
		write(folder.resolve("S2.TIFF"), 2, 3);
		write(folder.resolve("s1.tif"), 1);
		Files.writeString(folder.resolve("notes.txt"), "not a section");
		return folder;
	}

	private static void write(Path file, int... values) throws IOException {
		byte[] data = new byte[W * H * values.length];
		for (int z = 0; z < values.length; z++)
			for (int i = 0; i < W * H; i++)
				data[z * W * H + i] = (byte) (values[z] * 10 + i % 7);
		TiffStacks.write(new Volume<>(ArrayImgs.unsignedBytes(data, W, H, values.length), SIZE), file, TiffOptions.DEFAULT);
	}

	@Test
	void theFilesAreTheSectionsInNameOrderWithNumbersAsNumbers() throws IOException {
		Path folder = folder();
		Volume<? extends RealType<?>> v = VolumeFiles.read(folder.toString());
		assertArrayEquals(new long[] { W, H, 5 }, v.dimensions());
		assertEquals(TiffStacks.read(folder.resolve("s1.tif")).voxelSize(), v.voxelSize(), "the first file's, as ImageJ reads it");
		assertEquals(SIZE.x(), v.voxelSize().x());
		int[] expected = { 1, 2, 3, 9, 10 }; // s1.tif, S2.TIFF (two pages; case ignored), s9.tif, s10.tif
		for (int z = 0; z < 5; z++)
			assertEquals(expected[z] * 10 + 4, value(v.data(), 4, 0, z), "section " + z);
	}

	@Test
	void aSlabIsReadWithoutTheRest() throws Exception {
		try (SectionSource s = SectionStreams.open(folder().toString())) {
			RandomAccessibleInterval<? extends RealType<?>> slab = s.read(2, 3);
			assertArrayEquals(new long[] { 0, 0, 2 }, slab.minAsLongArray());
			assertEquals(3 * 10 + 1, value(slab, 1, 0, 2));
			assertEquals(9 * 10 + 1, value(slab, 1, 0, 3));
		}
	}

	@Test
	void aSectionOfAnotherSizeIsNamed() throws IOException {
		Path folder = folder();
		TiffStacks.write(new Volume<>(ArrayImgs.unsignedBytes(W + 1, H, 1), SIZE), folder.resolve("s11.tif"), TiffOptions.DEFAULT);
		BadInputException e = assertThrows(BadInputException.class, () -> VolumeFiles.read(folder.toString()));
		assertTrue(e.getMessage().startsWith(folder.resolve("s11.tif") + ": page 0 is 6 x 3 8-bit unsigned but s1.tif is 5 x 3"), e.getMessage());
	}

	@Test
	void theFolderIsNeverAnOutputAndIsDescribed() throws IOException {
		Path folder = folder();
		byte[] before = Files.readAllBytes(folder.resolve("s9.tif"));
		BadInputException e = assertThrows(BadInputException.class,
				() -> VolumeFiles.write(new Volume<>(ArrayImgs.unsignedBytes(W, H, 1), SIZE), folder.toString()));
		assertTrue(e.getMessage().contains("is a folder of TIFF sections, which is never replaced"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(folder.resolve("s9.tif")));
		String description = VolumeFiles.describe(folder);
		assertTrue(description.contains("TIFF sections: 4 files, first s1.tif\n  size (x, y, z): 5 x 3 x 5\n  samples: 8-bit unsigned"), description);
	}

	@Test
	void aFolderWithoutSectionsSaysWhatItLooksFor() throws IOException {
		Path empty = Files.createDirectories(dir.resolve("empty"));
		BadInputException e = assertThrows(BadInputException.class, () -> VolumeFiles.read(empty.toString()));
		assertEquals(empty + ": folder holds no .png or .tif files", e.getMessage());
	}

	private static double value(RandomAccessibleInterval<? extends RealType<?>> image, long x, long y, long z) {
		return image.randomAccess().setPositionAndGet(x, y, z).getRealDouble();
	}
}
