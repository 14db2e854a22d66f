package connectomej.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AxisSymmetryTest {

	@Test
	void transposeAndFlipOfASmallGrid() {
		// 3 wide, 2 high:  1 2 3
		//                  4 5 6
		float[] grid = { 1, 2, 3, 4, 5, 6 };
		AxisSymmetry transpose = new AxisSymmetry(new int[] { 1, 0 }, new boolean[] { false, false });
		assertArrayEquals(new int[] { 2, 3 }, transpose.transformedSize(new int[] { 3, 2 }));
		// 2 wide, 3 high: 1 4 / 2 5 / 3 6
		assertArrayEquals(new float[] { 1, 4, 2, 5, 3, 6 }, transpose.apply(grid, 1, new int[] { 3, 2 }));
		AxisSymmetry mirrorX = new AxisSymmetry(new int[] { 0, 1 }, new boolean[] { true, false });
		assertArrayEquals(new float[] { 3, 2, 1, 6, 5, 4 }, mirrorX.apply(grid, 1, new int[] { 3, 2 }));
	}

	@Test
	void groupsHave8And48DistinctElementsThatInvert() {
		assertDistinctAndInvertible(2, new int[] { 5, 4 }, 8);
		assertDistinctAndInvertible(3, new int[] { 4, 3, 2 }, 48);
	}

	private static void assertDistinctAndInvertible(int dims, int[] size, int order) {
		List<AxisSymmetry> group = AxisSymmetry.all(dims);
		assertEquals(order, group.size());
		int voxels = 1;
		for (int s : size)
			voxels *= s;
		float[] data = new float[2 * voxels];
		Random r = new Random(8);
		for (int i = 0; i < data.length; i++)
			data[i] = r.nextFloat();
		Set<String> images = new HashSet<>();
		for (AxisSymmetry s : group) {
			float[] t = s.apply(data, 2, size);
			images.add(java.util.Arrays.toString(t));
			assertArrayEquals(data, s.inverse().apply(t, 2, s.transformedSize(size)), s.toString());
		}
		assertEquals(order, images.size(), "every symmetry moves the random grid differently");
		assertArrayEquals(data, group.get(0).apply(data, 2, size), "the first is the identity");
	}
}
