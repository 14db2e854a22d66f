package connectomej.io.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import ij.IJ;
import ij.ImagePlus;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

class PngSlicesTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(PngFiltering.class)
	void roundTrips8And16Bit(PngFiltering filtering) throws Exception {
		for (Volume<? extends RealType<?>> v : List.<Volume<? extends RealType<?>>> of(smooth8(31, 17, 12), smooth16(9, 5, 3))) {
			Path folder = dir.resolve("slices");
			PngSlices.write(v, folder, filtering);
			assertEquals(v.depth(), Files.list(folder).count());
			Volume<? extends RealType<?>> back = PngSlices.read(folder);
			assertEquals(v.data().getType().getClass(), back.data().getType().getClass());
			assertSame(v.data(), back.data());
			assertEquals(VoxelSize.UNIT, back.voxelSize());
		}
	}

	@Test
	void imageJReadsWhatWeWrite() throws Exception {
		Volume<UnsignedShortType> v = smooth16(40, 30, 2);
		Path folder = dir.resolve("for-imagej");
		PngSlices.write(v, folder);
		ImagePlus imp = IJ.openImage(folder.resolve("z0001.png").toString());
		assertEquals(16, imp.getBitDepth());
		var a = v.data().randomAccess();
		for (int y = 0; y < 30; y++)
			for (int x = 0; x < 40; x++)
				assertEquals(a.setPositionAndGet(x, y, 1).get(), imp.getProcessor().get(x, y));
	}

	@Test
	void readsWhatImageIOWritesIncludingRgbAsLuminance() throws Exception {
		Random r = new Random(3);
		BufferedImage gray = new BufferedImage(23, 19, BufferedImage.TYPE_USHORT_GRAY);
		BufferedImage rgb = new BufferedImage(23, 19, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 19; y++)
			for (int x = 0; x < 23; x++) {
				gray.getRaster().setSample(x, y, 0, x * 1000 + y * 7 + r.nextInt(5));
				rgb.setRGB(x, y, (x * 10 << 16) | (y * 13 << 8) | r.nextInt(256));
			}
		Path g16 = dir.resolve("gray.png"), c24 = dir.resolve("rgb.png");
		ImageIO.write(gray, "png", g16.toFile());
		ImageIO.write(rgb, "png", c24.toFile());
		var g = PngSlices.read(g16).data().randomAccess();
		var c = PngSlices.read(c24).data().randomAccess();
		for (int y = 0; y < 19; y++)
			for (int x = 0; x < 23; x++) {
				assertEquals(gray.getRaster().getSample(x, y, 0), g.setPositionAndGet(x, y, 0).getRealDouble());
				int p = rgb.getRGB(x, y);
				long luminance = Math.round(0.299 * (p >> 16 & 255) + 0.587 * (p >> 8 & 255) + 0.114 * (p & 255));
				assertEquals(luminance, c.setPositionAndGet(x, y, 0).getRealDouble());
			}
	}

	@Test
	void aFileThatIsNoVolumeSaysWhatAVolumeIs() throws Exception {
		Path csv = Files.writeString(dir.resolve("synapses.csv"), "id,x,y,z\n1,2,3,4\n");
		BadInputException e = assertThrows(BadInputException.class, () -> connectomej.io.VolumeFiles.read(csv.toString()));
		assertEquals(csv + ": is not a volume: give a .tif stack, a .png, a folder of PNG or TIFF slices, file.h5:/dataset or volume.n5:/dataset",
				e.getMessage());
	}

	@Test
	void slicesAreSortedWithNumbersAsNumbers() {
		List<String> names = new ArrayList<>(List.of("s10.png", "s9.png", "s100.png", "s1.png"));
		names.sort(connectomej.io.SliceFolders.NATURAL);
		assertEquals(List.of("s1.png", "s9.png", "s10.png", "s100.png"), names);
		assertEquals("z0007.png", SliceNames.of(7, 100));
		assertEquals("z00007.png", SliceNames.of(7, 12000));
	}

	@Test
	void labelsGoTo16BitAndFloatsAreRefused() throws Exception {
		Volume<UnsignedLongType> labels = new Volume<>(ArrayImgs.unsignedLongs(new long[] { 0, 1, 65535, 2 }, 2, 2, 1), VoxelSize.UNIT);
		Path folder = dir.resolve("labels");
		PngSlices.write(labels, folder);
		assertSame(labels.data(), PngSlices.read(folder).data());
		Volume<FloatType> floats = new Volume<>(ArrayImgs.floats(2, 2, 1), VoxelSize.UNIT);
		assertThrows(BadInputException.class, () -> PngSlices.write(floats, dir.resolve("floats")));
		assertTrue(Files.notExists(dir.resolve("floats")));
	}

	@Test
	void corruptAndTruncatedFilesAreBadInput() throws Exception {
		Path folder = dir.resolve("ok");
		PngSlices.write(smooth8(20, 20, 1), folder);
		byte[] bytes = Files.readAllBytes(folder.resolve("z0000.png"));
		Path cut = dir.resolve("cut.png");
		Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 20));
		BadInputException e = assertThrows(BadInputException.class, () -> PngSlices.read(cut));
		assertTrue(e.getMessage().contains("truncated PNG"), e.getMessage());
		bytes[40] ^= 1;
		Path flipped = dir.resolve("flipped.png");
		Files.write(flipped, bytes);
		e = assertThrows(BadInputException.class, () -> PngSlices.read(flipped));
		assertTrue(e.getMessage().contains("CRC"), e.getMessage());
		assertThrows(BadInputException.class, () -> PngSlices.read(Files.createDirectory(dir.resolve("empty"))));
	}

	private static void assertSame(RandomAccessibleInterval<? extends RealType<?>> e, RandomAccessibleInterval<? extends RealType<?>> a) {
		assertArrayEquals(e.dimensionsAsLongArray(), a.dimensionsAsLongArray());
		var ce = Views.flatIterable(e).cursor();
		var ca = Views.flatIterable(a).cursor();
		while (ce.hasNext())
			assertEquals(ce.next().getRealDouble(), ca.next().getRealDouble());
	}

	private static Volume<UnsignedByteType> smooth8(int w, int h, int d) {
		Random r = new Random(w);
		byte[] a = new byte[w * h * d];
		for (int i = 0; i < a.length; i++)
			a[i] = (byte) (i % w * 3 + r.nextInt(3));
		return new Volume<>(ArrayImgs.unsignedBytes(a, w, h, d), VoxelSize.UNIT);
	}

	private static Volume<UnsignedShortType> smooth16(int w, int h, int d) {
		Random r = new Random(h);
		short[] a = new short[w * h * d];
		for (int i = 0; i < a.length; i++)
			a[i] = (short) (i * 131 + r.nextInt(1000));
		return new Volume<>(ArrayImgs.unsignedShorts(a, w, h, d), VoxelSize.UNIT);
	}
}
