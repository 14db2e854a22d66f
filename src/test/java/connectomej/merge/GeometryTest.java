package connectomej.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;

/** Distance transform, centre points, windows, symmetries and touching pairs on tiny fixtures. */
class GeometryTest {

	@Test
	void distanceTransformMatchesBruteForceOnRandomAnisotropicMask() {
		Random random = new Random(3);
		int[] s = { 8, 7, 6 };
		boolean[] inside = new boolean[s[0] * s[1] * s[2]];
		for (int i = 0; i < inside.length; i++)
			inside[i] = random.nextDouble() < 0.8;
		ObjectMask mask = new ObjectMask(inside, new int[] { 0, 0, 0 }, s);
		double[] w = { 1, 2, 3.5 };
		double[] fast = DistanceTransform.squared(mask, w);
		for (int i = 0; i < inside.length; i++)
			assertEquals(bruteForce(mask, w, i), fast[i], 1e-9, "voxel " + i);
	}

	/** Nearest outside voxel, the box's one-voxel surround counting as outside. */
	private static double bruteForce(ObjectMask mask, double[] w, int i) {
		int[] s = mask.size();
		if (!mask.inside()[i])
			return 0;
		int x = i % s[0], y = i / s[0] % s[1], z = i / (s[0] * s[1]);
		double best = Double.MAX_VALUE;
		for (int c = -1; c <= s[2]; c++)
			for (int b = -1; b <= s[1]; b++)
				for (int a = -1; a <= s[0]; a++)
					if (!mask.contains(a, b, c))
						best = Math.min(best, Math.pow((a - x) * w[0], 2) + Math.pow((b - y) * w[1], 2) + Math.pow((c - z) * w[2], 2));
		return best;
	}

	@Test
	void medialSamplesOfATubeLieOnItsAxisAndKeepTheirSpacing() {
		LabelGrid grid = tube(40, 9, 9, 3);
		ObjectExtent o = grid.objects().get(1L);
		ObjectMask mask = ObjectMask.of(grid, Set.of(1L), o.min(), o.max(), 1);
		List<int[]> points = new MedialSamples().of(mask, new double[] { 1, 1, 1 }, 8);
		assertTrue(points.size() >= 4 && points.size() <= 6, points.size() + " points");
		for (int[] p : points) {
			assertEquals(4, p[1]);
			assertEquals(4, p[2]);
			for (int[] q : points)
				assertTrue(p == q || Math.abs(p[0] - q[0]) >= 8);
		}
	}

	/** A tube of radius r along x through the centre of a w x h x d volume, label 1. */
	static LabelGrid tube(int w, int h, int d, int r) {
		long[] labels = new long[w * h * d];
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				for (int x = 1; x < w - 1; x++)
					if ((y - h / 2) * (y - h / 2) + (z - d / 2) * (z - d / 2) <= r * r)
						labels[x + w * (y + h * z)] = 1;
		return new LabelGrid(labels, w, h, d, VoxelSize.UNIT);
	}

	@Test
	void windowsAverageEachCellAndTreatTheOutsideAsEmpty() {
		// 4 x 2 x 2 volume, object = the voxels of x < 3 on the row y = 0; window 4^3 -> grid 2, centred at (2, 1, 1)
		long[] labels = { 1, 1, 1, 0, 0, 0, 0, 0,
			1, 1, 1, 0, 0, 0, 0, 0 };
		LabelGrid grid = new LabelGrid(labels, 4, 2, 2, VoxelSize.UNIT);
		ObjectMask mask = ObjectMask.of(grid, Set.of(1L), new int[] { 0, 0, 0 }, new int[] { 3, 1, 1 }, 0);
		float[] cells = MaskWindows.extract(mask, new int[] { 2, 2, 2 }, WindowShape.cube(4, 2));
		// the window starts at (0, 0, 0); cell (0, 0, 0) covers x 0..1, y 0..1, z 0..1: 4 of 8 voxels inside; cell (1, 0, 0): 2
		assertArrayEquals(new float[] { 0.5f, 0.25f, 0, 0, 0, 0, 0, 0 }, cells, 1e-6f);
	}

	@Test
	void windowShapeRefusesExtentsThatAreNotMultiplesOfTheGrid() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WindowShape(new int[] { 48, 48, 50 }, 24));
		assertTrue(e.getMessage().contains("48,48,50"), e.getMessage());
		assertEquals(2, WindowShape.cube(48, 24).factor(2));
	}

	@Test
	void the48CubeSymmetriesAreDistinctPermutations() {
		int g = 3;
		float[] cube = new float[g * g * g];
		for (int i = 0; i < cube.length; i++)
			cube[i] = i;
		Set<String> seen = new HashSet<>();
		for (int s = 0; s < CubeSymmetries.CUBE; s++) {
			float[] t = CubeSymmetries.cube(cube, g, s);
			assertTrue(seen.add(java.util.Arrays.toString(t)), "symmetry " + s + " repeats another");
			float[] sorted = t.clone();
			java.util.Arrays.sort(sorted);
			assertArrayEquals(cube, sorted);
		}
		assertArrayEquals(cube, CubeSymmetries.cube(cube, g, 0));
		Set<String> squares = new HashSet<>();
		for (int s = 0; s < CubeSymmetries.SQUARE; s++)
			squares.add(java.util.Arrays.toString(CubeSymmetries.square(java.util.Arrays.copyOf(cube, 9), g, s)));
		assertEquals(8, squares.size());
	}

	@Test
	void touchingPairsSeeNeighboursAndOneVoxelBoundariesButNotWiderGaps() {
		// one row along x: 1 1 | 2 (direct) ; 2 0 3 (one boundary voxel) ; 3 0 0 4 (gap of two: not touching)
		long[] labels = { 1, 1, 2, 0, 3, 0, 0, 4 };
		List<TouchingPairs.Pair> pairs = TouchingPairs.of(new LabelGrid(labels, 8, 1, 1, VoxelSize.UNIT));
		assertEquals(2, pairs.size());
		assertEquals(List.of(1L, 2L), List.of(pairs.get(0).a(), pairs.get(0).b()));
		assertEquals(List.of(2L, 3L), List.of(pairs.get(1).a(), pairs.get(1).b()));
		assertArrayEquals(new int[] { 3, 0, 0 }, pairs.get(1).contacts().get(0));
		assertFalse(pairs.stream().anyMatch(p -> p.b() == 4));
	}
}
