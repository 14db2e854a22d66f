package connectomej.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

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

class TiffStacksWriteTest {

	private static final VoxelSize SSTEM = new VoxelSize(4, 4.5, 40);

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(TiffCompression.class)
	void roundTripsEveryStoredType(TiffCompression compression) throws Exception {
		for (Volume<? extends RealType<?>> v : java.util.List.<Volume<? extends RealType<?>>> of(bytes(1), shorts(2), floats(3))) {
			Path file = dir.resolve("v.tif");
			TiffStacks.write(v, file, new TiffOptions(compression));
			Volume<? extends RealType<?>> back = TiffStacks.read(file);
			assertEquals(v.data().getType().getClass(), back.data().getType().getClass());
			assertSameValues(v.data(), back.data());
			assertVoxelSize(SSTEM, back.voxelSize());
		}
	}

	@Test
	void labelsGoTo16BitOrExactFloat() throws Exception {
		Path file = dir.resolve("labels.tif");
		Volume<UnsignedLongType> small = labels(65535);
		TiffStacks.write(small, file, TiffOptions.deflate());
		Volume<? extends RealType<?>> back = TiffStacks.read(file);
		assertEquals(UnsignedShortType.class, back.data().getType().getClass());
		assertSameValues(small.data(), back.data());
		Volume<UnsignedLongType> large = labels((1 << 24) - 1);
		TiffStacks.write(large, file, TiffOptions.DEFAULT);
		back = TiffStacks.read(file);
		assertEquals(FloatType.class, back.data().getType().getClass());
		assertSameValues(large.data(), back.data());
		Path tooLarge = dir.resolve("too-large.tif");
		BadInputException e = assertThrows(BadInputException.class,
				() -> TiffStacks.write(labels(1 << 24), tooLarge, TiffOptions.DEFAULT));
		assertTrue(e.getMessage().contains("HDF5"), e.getMessage());
		assertTrue(Files.notExists(tooLarge));
	}

	@Test
	void sameInputGivesIdenticalBytes() throws Exception {
		Path a = dir.resolve("a.tif"), b = dir.resolve("b.tif");
		TiffStacks.write(shorts(5), a, TiffOptions.deflate());
		TiffStacks.write(shorts(5), b, TiffOptions.deflate());
		assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
	}

	@Test
	void offsetIntervalIsWrittenFromItsMin() throws Exception {
		Volume<UnsignedByteType> v = bytes(6);
		Volume<UnsignedByteType> moved = v.with(Views.translate(v.data(), 100, -3, 7));
		Path file = dir.resolve("moved.tif");
		TiffStacks.write(moved, file, TiffOptions.DEFAULT);
		assertSameValues(v.data(), TiffStacks.read(file).data());
	}

	@ParameterizedTest
	@EnumSource(TiffCompression.class)
	void imageJOpensWhatWeWriteAsACalibratedStack(TiffCompression compression) throws Exception {
		for (Volume<? extends RealType<?>> v : java.util.List.<Volume<? extends RealType<?>>> of(bytes(7), shorts(8), floats(9))) {
			Path file = dir.resolve("for-imagej.tif");
			TiffStacks.write(v, file, new TiffOptions(compression));
			ImagePlus imp = IJ.openImage(file.toString());
			assertEquals(v.width(), imp.getWidth());
			assertEquals(v.height(), imp.getHeight());
			assertEquals(v.depth(), imp.getNSlices());
			assertEquals(v.data().getType().getBitsPerPixel(), imp.getBitDepth());
			assertEquals("nm", imp.getCalibration().getUnit());
			assertEquals(SSTEM.x(), imp.getCalibration().pixelWidth, 1e-6);
			assertEquals(SSTEM.y(), imp.getCalibration().pixelHeight, 1e-6);
			assertEquals(SSTEM.z(), imp.getCalibration().pixelDepth, 1e-6);
			var a = v.data().randomAccess();
			for (int z = 0; z < v.depth(); z++)
				for (int y = 0; y < v.height(); y += 3)
					for (int x = 0; x < v.width(); x += 2)
						assertEquals(a.setPositionAndGet(x, y, z).getRealFloat(),
								imp.getStack().getProcessor(z + 1).getf(x, y), "voxel " + x + "," + y + "," + z);
		}
	}

	static void assertSameValues(RandomAccessibleInterval<? extends RealType<?>> expected,
			RandomAccessibleInterval<? extends RealType<?>> actual) {
		assertArrayEquals(expected.dimensionsAsLongArray(), actual.dimensionsAsLongArray());
		var e = Views.flatIterable(expected).cursor();
		var a = Views.flatIterable(actual).cursor();
		while (e.hasNext())
			assertEquals(e.next().getRealDouble(), a.next().getRealDouble());
	}

	static void assertVoxelSize(VoxelSize expected, VoxelSize actual) {
		assertArrayEquals(expected.toArray(), actual.toArray(), 1e-9);
	}

	private static Volume<UnsignedByteType> bytes(long seed) {
		Random r = new Random(seed);
		byte[] a = new byte[17 * 9 * 4];
		r.nextBytes(a);
		return new Volume<>(ArrayImgs.unsignedBytes(a, 17, 9, 4), SSTEM);
	}

	private static Volume<UnsignedShortType> shorts(long seed) {
		Random r = new Random(seed);
		short[] a = new short[300 * 230 * 3];
		for (int i = 0; i < a.length; i++)
			a[i] = (short) (i % 7 == 0 ? 65535 : r.nextInt(4000));
		return new Volume<>(ArrayImgs.unsignedShorts(a, 300, 230, 3), SSTEM);
	}

	private static Volume<FloatType> floats(long seed) {
		Random r = new Random(seed);
		float[] a = new float[20 * 10 * 3];
		for (int i = 0; i < a.length; i++)
			a[i] = r.nextFloat();
		return new Volume<>(ArrayImgs.floats(a, 20, 10, 3), SSTEM);
	}

	private static Volume<UnsignedLongType> labels(long max) {
		long[] a = new long[8 * 6 * 2];
		for (int i = 0; i < a.length; i++)
			a[i] = i * 37L % (max + 1);
		a[5] = max;
		return new Volume<>(ArrayImgs.unsignedLongs(a, 8, 6, 2), SSTEM);
	}
}
