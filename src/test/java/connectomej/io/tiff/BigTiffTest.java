package connectomej.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import connectomej.io.SectionSource;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;

/**
 * BigTIFF (8-byte offsets and counts, 20-byte directory entries): written for stacks beyond classic TIFF's 4 GB,
 * and read as ImageMagick writes it, from
 * {@code src/test/resources/tiff/}: 8 x 6 x 2 (x, y, z) stacks whose voxel (x, y, z) holds 10 z + x + 3 y (times 257
 * in the 16-bit one), made from PGM sections of those values by
 * <pre>
 * convert q0.pgm q1.pgm -depth 8 -compress None TIFF64:bigtiff-u8.tif
 * convert r0.pgm r1.pgm -depth 16 -define tiff:endian=msb -compress LZW TIFF64:bigtiff-msb-u16-lzw.tif
 * convert q0.pgm q1.pgm -depth 8 -define tiff:tile-geometry=16x16 -compress Zip TIFF64:bigtiff-tiled-zip.tif
 * </pre>
 */
class BigTiffTest {

	private static final Path DIR = Path.of("src/test/resources/tiff");

	@TempDir
	Path tmp;

	@Test
	void stripsTilesByteOrdersAndCompressionsReadAsTheirValues() throws Exception {
		assertPattern(TiffStacks.read(DIR.resolve("bigtiff-u8.tif")), UnsignedByteType.class, 1);
		assertPattern(TiffStacks.read(DIR.resolve("bigtiff-msb-u16-lzw.tif")), UnsignedShortType.class, 257);
		assertPattern(TiffStacks.read(DIR.resolve("bigtiff-tiled-zip.tif")), UnsignedByteType.class, 1);
	}

	@Test
	void aBigTiffStreamsBySectionsAndIsDescribed() throws Exception {
		try (SectionSource s = TiffStacks.openSections(DIR.resolve("bigtiff-msb-u16-lzw.tif"))) {
			RandomAccessibleInterval<? extends RealType<?>> slab = s.read(1, 1);
			assertEquals((10 + 7 + 3 * 5) * 257, slab.randomAccess().setPositionAndGet(7, 5, 1).getRealDouble());
		}
		String d = TiffStacks.describe(DIR.resolve("bigtiff-msb-u16-lzw.tif"));
		assertTrue(d.startsWith("BigTIFF big-endian, 2 pages\n  size (x, y, z): 8 x 6 x 2\n  samples: 16-bit unsigned"), d);
	}

	@Test
	void aTruncatedBigTiffIsBadInputNamingTheFile() throws Exception {
		byte[] bytes = Files.readAllBytes(DIR.resolve("bigtiff-u8.tif"));
		Path cut = Files.write(tmp.resolve("cut.tif"), Arrays.copyOf(bytes, bytes.length - 40));
		BadInputException e = assertThrows(BadInputException.class, () -> TiffStacks.read(cut));
		assertTrue(e.getMessage().startsWith(cut + ": truncated TIFF"), e.getMessage());
	}

	@Test
	void aStackBeyondClassicTiffIsWrittenAsBigTiffAndReadsBack() throws Exception {
		assertTrue(TiffPageWriter.needsBigTiff(4096, 4096, 300, StoredType.F32), "4096 x 4096 x 300 floats: 20 GB");
		assertTrue(!TiffPageWriter.needsBigTiff(1024, 1024, 1000, StoredType.U8), "1 GB of bytes fits classic TIFF");
		for (TiffOptions options : new TiffOptions[] { TiffOptions.DEFAULT, TiffOptions.deflate() }) {
			Path file = tmp.resolve("written-" + options.compression() + ".tif");
			short[] data = new short[8 * 6 * 2];
			for (int i = 0; i < data.length; i++)
				data[i] = (short) ((10 * (i / 48) + i % 8 + 3 * (i % 48 / 8)) * 257);
			Volume<UnsignedShortType> v = new Volume<>(ArrayImgs.unsignedShorts(data, 8, 6, 2), new VoxelSize(4, 4, 40));
			try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				PlaneEncoder planes = new PlaneEncoder(v.data(), StoredType.U16);
				TiffPageWriter pages = new TiffPageWriter(out, 8, 6, StoredType.U16, options, true);
				for (int z = 0; z < 2; z++)
					pages.append(planes.encode(z));
				pages.finish(v.voxelSize(), planes.min(), planes.max());
			}
			assertEquals(43, Files.readAllBytes(file)[2], "BigTIFF's version");
			Volume<? extends RealType<?>> back = TiffStacks.read(file);
			assertPattern(back, UnsignedShortType.class, 257);
			assertEquals(v.voxelSize(), back.voxelSize());
		}
	}

	private static void assertPattern(Volume<? extends RealType<?>> v, Class<?> type, int scale) {
		assertArrayEquals(new long[] { 8, 6, 2 }, v.dimensions());
		assertEquals(type, v.data().getType().getClass());
		var ra = v.data().randomAccess();
		for (int z = 0; z < 2; z++)
			for (int y = 0; y < 6; y++)
				for (int x = 0; x < 8; x++)
					assertEquals((10 * z + x + 3 * y) * scale, ra.setPositionAndGet(x, y, z).getRealDouble(), x + "," + y + "," + z);
	}
}
