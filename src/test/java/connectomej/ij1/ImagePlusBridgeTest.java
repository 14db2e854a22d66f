package connectomej.ij1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import ij.ImagePlus;
import ij.process.FloatProcessor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class ImagePlusBridgeTest {

	private static final VoxelSize FIBSEM = new VoxelSize(8, 8, 10);

	@Test
	void roundTripsEveryPixelTypeWithCalibration() {
		List<Volume<? extends RealType<?>>> volumes = List.of(
				new Volume<>(ArrayImgs.unsignedBytes(new byte[] { 0, 1, (byte) 200, 3, 4, 5, 6, (byte) 255 }, 2, 2, 2), FIBSEM),
				new Volume<>(ArrayImgs.unsignedShorts(new short[] { 0, 1, -1, 3, 4, 5 }, 3, 1, 2), FIBSEM),
				new Volume<>(ArrayImgs.floats(new float[] { 0.5f, -2, 1e-3f, 7 }, 1, 2, 2), FIBSEM));
		int[] bits = { 8, 16, 32 };
		for (int i = 0; i < volumes.size(); i++) {
			Volume<? extends RealType<?>> v = volumes.get(i);
			ImagePlus imp = ImagePlusBridge.toImagePlus(v, "t");
			assertEquals(bits[i], imp.getBitDepth());
			assertEquals(v.depth(), imp.getStackSize());
			assertEquals(8, imp.getCalibration().pixelWidth);
			assertEquals(10, imp.getCalibration().pixelDepth);
			Volume<? extends RealType<?>> back = ImagePlusBridge.toVolume(imp);
			assertEquals(v.data().getType().getClass(), back.data().getType().getClass());
			assertSame(v.data(), back.data());
			assertEquals(FIBSEM, back.voxelSize());
		}
	}

	@Test
	void labelsGoTo16BitOrFloatAndBack() {
		Volume<UnsignedLongType> small = new Volume<>(ArrayImgs.unsignedLongs(new long[] { 0, 7, 65535, 2 }, 2, 2, 1), FIBSEM);
		Volume<UnsignedLongType> large = new Volume<>(ArrayImgs.unsignedLongs(new long[] { 0, 70000, (1 << 24) - 1, 2 }, 2, 2, 1), FIBSEM);
		assertEquals(16, ImagePlusBridge.toImagePlus(small, "s").getBitDepth());
		ImagePlus imp = ImagePlusBridge.toImagePlus(large, "l");
		assertEquals(32, imp.getBitDepth());
		assertSame(large.data(), ImagePlusBridge.toLabels(imp).data());
		assertSame(small.data(), ImagePlusBridge.toLabels(ImagePlusBridge.toImagePlus(small, "s")).data());
		Volume<UnsignedLongType> tooLarge = new Volume<>(ArrayImgs.unsignedLongs(new long[] { 1 << 24 }, 1, 1, 1), FIBSEM);
		assertThrows(IllegalArgumentException.class, () -> ImagePlusBridge.toImagePlus(tooLarge, "x"));
		assertThrows(IllegalArgumentException.class,
				() -> ImagePlusBridge.toLabels(new ImagePlus("f", new FloatProcessor(1, 1, new float[] { 0.5f }))));
	}

	@Test
	void convertsCalibrationUnitsToNanometres() {
		ImagePlus imp = new ImagePlus("c", new FloatProcessor(2, 2));
		imp.getCalibration().setUnit("\u00B5m");
		imp.getCalibration().pixelWidth = 0.004;
		imp.getCalibration().pixelHeight = 0.004;
		imp.getCalibration().pixelDepth = 0.05;
		assertArrayEquals(new double[] { 4, 4, 50 }, ImagePlusBridge.toVolume(imp).voxelSize().toArray(), 1e-9);
		imp.getCalibration().setUnit("micron");
		assertArrayEquals(new double[] { 4, 4, 50 }, ImagePlusBridge.toVolume(imp).voxelSize().toArray(), 1e-9);
		imp.getCalibration().setUnit("pixel");
		assertEquals(VoxelSize.UNIT, ImagePlusBridge.toVolume(imp).voxelSize());
	}

	private static void assertSame(RandomAccessibleInterval<? extends RealType<?>> e, RandomAccessibleInterval<? extends RealType<?>> a) {
		assertArrayEquals(e.dimensionsAsLongArray(), a.dimensionsAsLongArray());
		var ce = Views.flatIterable(e).cursor();
		var ca = Views.flatIterable(a).cursor();
		while (ce.hasNext())
			assertEquals(ce.next().getRealDouble(), ca.next().getRealDouble());
	}
}
