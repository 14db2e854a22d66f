package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.logic.BitType;
import net.imglib2.view.Views;

class DistanceTransformTest {

	@Test
	void rowOfInsideVoxelsCountsToTheNearestOutside() {
		boolean[] inside = { false, true, true, true, true, false, true };
		float[] d = DistanceTransform.squaredDistances(inside, new int[] { 7, 1, 1 }, new double[] { 2, 1, 1 });
		// distances in voxels 0 1 2 2 1 0 1, times 2 nm, squared
		assertArrayEquals(new float[] { 0, 4, 16, 16, 4, 0, 4 }, d);
	}

	@Test
	void noOutsideVoxelGivesInfinity() {
		float[] d = DistanceTransform.squaredDistances(new boolean[] { true, true }, new int[] { 2, 1, 1 }, new double[] { 1, 1, 1 });
		assertEquals(Float.POSITIVE_INFINITY, d[0]);
	}

	@Test
	void anisotropicRandomMaskMatchesBruteForce() {
		int[] dims = { 7, 6, 5 };
		double[] spacing = { 4, 5, 40 };
		boolean[] inside = randomMask(dims, 0.8, 42);
		assertArrayEquals(bruteForce(inside, dims, spacing), DistanceTransform.squaredDistances(inside, dims, spacing), 1e-2f);
	}

	@Test
	void perSectionIgnoresOtherSections() {
		int[] dims = { 5, 4, 3 };
		boolean[] inside = randomMask(dims, 0.7, 7);
		double[] planar = { 1, 1, Double.POSITIVE_INFINITY };
		float[] expected = bruteForce(inside, dims, planar);
		var mask = ArrayImgs.bits(dims[0], dims[1], dims[2]);
		int i = 0;
		for (BitType b : Views.flatIterable(mask))
			b.set(inside[i++]);
		var out = ArrayImgs.floats(dims[0], dims[1], dims[2]);
		DistanceTransform.squaredDistances(Views.translate(mask, 10, -3, 2), Views.translate(out, 10, -3, 2), VoxelSize.UNIT, true);
		float[] got = new float[expected.length];
		int k = 0;
		for (var t : Views.flatIterable(out))
			got[k++] = t.get();
		assertArrayEquals(expected, got, 1e-4f);
	}

	private static boolean[] randomMask(int[] dims, double insideFraction, long seed) {
		Random r = new Random(seed);
		boolean[] m = new boolean[dims[0] * dims[1] * dims[2]];
		for (int i = 0; i < m.length; i++)
			m[i] = r.nextDouble() < insideFraction;
		return m;
	}

	private static float[] bruteForce(boolean[] inside, int[] dims, double[] spacing) {
		float[] out = new float[inside.length];
		for (int i = 0; i < inside.length; i++) {
			double best = inside[i] ? Double.POSITIVE_INFINITY : 0;
			for (int j = 0; j < inside.length && inside[i]; j++)
				if (!inside[j])
					best = Math.min(best, squared(i, j, dims, spacing));
			out[i] = (float) best;
		}
		return out;
	}

	private static double squared(int i, int j, int[] dims, double[] spacing) {
		double s = 0;
		int[] a = { i % dims[0], (i / dims[0]) % dims[1], i / (dims[0] * dims[1]) };
		int[] b = { j % dims[0], (j / dims[0]) % dims[1], j / (dims[0] * dims[1]) };
		for (int d = 0; d < 3; d++) {
			if (a[d] == b[d])
				continue;
			double t = (a[d] - b[d]) * spacing[d];
			s += t * t;
		}
		return s;
	}
}
