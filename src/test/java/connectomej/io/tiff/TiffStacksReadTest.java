package connectomej.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import net.imglib2.RandomAccess;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;

class TiffStacksReadTest {

	@TempDir
	Path dir;

	static Stream<Arguments> variants() {
		List<Arguments> all = new ArrayList<>();
		for (ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN })
			for (int compression : new int[] { 1, 5, 8, 32946, 32773 })
				for (String type : new String[] { "u8", "u16", "u32", "f32" })
					for (boolean tiled : new boolean[] { false, true })
						all.add(Arguments.of(order, compression, type, tiled, compression == 5 || compression == 8 ? 2 : 1));
		return all.stream();
	}

	@ParameterizedTest(name = "{0} compression {1} {2} tiled {3} predictor {4}")
	@MethodSource("variants")
	void readsEveryLayoutCompressionAndType(ByteOrder order, int compression, String type, boolean tiled, int predictor) throws Exception {
		TiffFixture f = new TiffFixture();
		f.order = order;
		f.compression = compression;
		f.bits = type.equals("u8") ? 8 : type.equals("u16") ? 16 : 32;
		f.sampleFormat = type.equals("f32") ? 3 : 1;
		f.predictor = type.equals("f32") ? 1 : predictor;
		if (tiled) {
			f.tileWidth = 16;
			f.tileHeight = 16;
			f.width = 37;
			f.height = 20;
		}
		double[][] pages = randomPages(f, 3, 42);
		Path file = dir.resolve("fixture.tif");
		Files.write(file, f.build(pages));
		Volume<? extends RealType<?>> v = TiffStacks.read(file);
		assertArrayEquals(new long[] { f.width, f.height, 3 }, v.dimensions());
		Class<?> expected = switch (type) {
			case "u8" -> UnsignedByteType.class;
			case "u16" -> UnsignedShortType.class;
			case "u32" -> UnsignedIntType.class;
			default -> FloatType.class;
		};
		assertEquals(expected, v.data().getType().getClass());
		assertPixels(pages, v, f.width);
	}

	@Test
	void readsLzwLongerThanOneCodeTable() throws Exception {
		TiffFixture f = new TiffFixture();
		f.compression = 5;
		f.width = 200;
		f.height = 150;
		f.rowsPerStrip = 150;
		double[][] pages = randomPages(f, 1, 7);
		Path file = dir.resolve("lzw.tif");
		Files.write(file, f.build(pages));
		assertPixels(pages, TiffStacks.read(file), f.width);
	}

	@Test
	void readsImageJCalibration() throws Exception {
		TiffFixture f = new TiffFixture();
		f.description = "ImageJ=1.54f\nimages=2\nslices=2\nunit=micron\nspacing=0.05\nloop=false\n";
		Path file = dir.resolve("calibrated.tif");
		Files.write(file, f.build(randomPages(f, 2, 1)));
		// no resolution tags: 1 micron per pixel in x and y
		Volume<? extends RealType<?>> v = TiffStacks.read(file);
		assertEquals(1000, v.voxelSize().x(), 1e-9);
		assertEquals(50, v.voxelSize().z(), 1e-9);
	}

	@Test
	void truncatedFileNamesTheStripThatIsCutOff() throws Exception {
		TiffFixture f = new TiffFixture();
		byte[] whole = f.build(randomPages(f, 4, 3));
		Path ok = dir.resolve("ok.tif");
		Files.write(ok, whole);
		TiffStacks.read(ok);
		// directories sit after the pixels in fixtures: cut into the pixel data but keep the directories by
		// pointing the strips of the last page past the end
		Path cut = dir.resolve("cut.tif");
		Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
		BadInputException e = assertThrows(BadInputException.class, () -> TiffStacks.read(cut));
		assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("truncated TIFF"), e.getMessage());
	}

	@Test
	void notATiffIsBadInput() throws Exception {
		Path file = dir.resolve("text.tif");
		Files.writeString(file, "hello, this is not an image");
		BadInputException e = assertThrows(BadInputException.class, () -> TiffStacks.read(file));
		assertTrue(e.getMessage().contains("not a TIFF"), e.getMessage());
		assertThrows(BadInputException.class, () -> TiffStacks.read(dir.resolve("missing.tif")));
	}

	static double[][] randomPages(TiffFixture f, int depth, long seed) {
		Random random = new Random(seed);
		double[][] pages = new double[depth][f.width * f.height];
		for (double[] page : pages)
			for (int i = 0; i < page.length; i++)
				page[i] = switch (f.bits) {
					case 8 -> random.nextInt(4) == 0 ? 7 : random.nextInt(256);
					case 16 -> random.nextInt(3) == 0 ? 300 : random.nextInt(65536);
					default -> f.sampleFormat == 3 ? random.nextFloat() * 1000 - 500 : random.nextInt() & 0xffffffffL;
				};
		return pages;
	}

	static void assertPixels(double[][] pages, Volume<? extends RealType<?>> v, int width) {
		RandomAccess<? extends RealType<?>> a = v.data().randomAccess();
		for (int z = 0; z < pages.length; z++)
			for (int i = 0; i < pages[z].length; i++) {
				a.setPosition(new long[] { i % width, i / width, z });
				assertEquals((float) pages[z][i], a.get().getRealFloat(), "voxel " + i + " of page " + z);
			}
	}
}
