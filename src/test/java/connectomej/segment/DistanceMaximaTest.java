package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

class DistanceMaximaTest {

	/** Two 4x4 cells (0) joined by a one-voxel neck through a gap in the membrane (1). */
	private static final float[] DUMBBELL = {
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1,
		1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
		1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1,
		1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1,
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
	private static final int[] DIMS = { 13, 6, 1 };

	@Test
	void componentSeedsLeakThroughTheNeckDistanceMaximaDoNot() {
		int[] labels = new int[DUMBBELL.length];
		assertEquals(1, SeededWatershed.watershed(DUMBBELL, DIMS, VoxelSize.UNIT, WatershedSettings.threshold(0.5), labels));
		WatershedSettings maxima = WatershedSettings.threshold(0.5).withMaximaSmoothing(1);
		assertEquals(2, SeededWatershed.watershed(DUMBBELL, DIMS, VoxelSize.UNIT, maxima, labels));
		int left = labels[2 * 13 + 2], right = labels[2 * 13 + 10];
		assertTrue(left > 0 && right > 0 && left != right, left + " " + right);
	}

	@Test
	void maximaBelowTheMinimumDistanceAreDropped() {
		boolean[] region = new boolean[DUMBBELL.length];
		for (int i = 0; i < region.length; i++)
			region[i] = DUMBBELL[i] < 0.5;
		double[] unit = { 1, 1, 1 };
		assertTrue(count(DistanceMaxima.of(region, DIMS, unit, 1, 0)) > 0);
		assertEquals(0, count(DistanceMaxima.of(region, DIMS, unit, 1, 5)));
	}

	@Test
	void offsetIntervalGivesTheSameSupervoxels() {
		var p = ArrayImgs.floats(DUMBBELL, 13, 6, 1);
		var atOrigin = ArrayImgs.unsignedLongs(13, 6, 1);
		var shifted = ArrayImgs.unsignedLongs(13, 6, 1);
		WatershedSettings s = WatershedSettings.threshold(0.5).withMaximaSmoothing(1);
		SeededWatershed.watershed(p, atOrigin, VoxelSize.UNIT, s);
		SeededWatershed.watershed(Views.translate(p, 5, -3, 2), Views.translate(shifted, 5, -3, 2), VoxelSize.UNIT, s);
		assertArrayEquals(FlatArrays.longs(atOrigin), FlatArrays.longs(shifted));
	}

	@Test
	void smoothingKeepsAConstantAndSpreadsAnImpulseSymmetrically() {
		float[] constant = new float[5 * 4 * 3];
		java.util.Arrays.fill(constant, 0.7f);
		for (float v : GaussianSmoothing.smooth(constant, new int[] { 5, 4, 3 }, new double[] { 1, 2, 0.5 }))
			assertEquals(0.7f, v, 1e-5f);
		float[] impulse = new float[9];
		impulse[4] = 1;
		float[] s = GaussianSmoothing.smooth(impulse, new int[] { 9, 1, 1 }, new double[] { 1, 0, 0 });
		assertEquals(s[3], s[5], 1e-7f);
		assertTrue(s[4] > s[3] && s[3] > s[2] && s[2] > 0);
		double sum = 0;
		for (float v : s)
			sum += v;
		assertEquals(1, sum, 1e-5);
	}

	private static int count(boolean[] mask) {
		int n = 0;
		for (boolean b : mask)
			n += b ? 1 : 0;
		return n;
	}
}
