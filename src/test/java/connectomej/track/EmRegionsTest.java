package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmRegionsTest {

	// two bright cells split by a dark membrane at x = 3
	private static final float[] EM = {
			9, 8, 9, 0, 9, 8, 9,
			8, 9, 8, 1, 8, 9, 8,
			9, 8, 9, 0, 9, 8, 9,
			8, 9, 8, 1, 8, 9, 8,
			9, 8, 9, 0, 9, 8, 9 };

	@Test
	void aDarkMembraneSeparatesTwoRegions() {
		int[] r = new EmRegions(0, 0.5, 0).regions(0, EM, 7, 5);
		for (int y = 0; y < 5; y++)
			for (int x = 0; x < 7; x++) {
				assertTrue(r[y * 7 + x] > 0, "every voxel is in a region");
				if (x != 3)
					assertEquals(r[x < 3 ? 0 : 6], r[y * 7 + x], "x " + x + ", y " + y);
			}
		assertNotEquals(r[0], r[6]);
	}

	@Test
	void smoothingKeepsTheSeparation() {
		int[] r = EmRegions.defaults().regions(0, EM, 7, 5);
		assertNotEquals(r[2 * 7], r[2 * 7 + 6]);
	}

	@Test
	void darknessRankOrdersFromBrightestToDarkest() {
		float[] rank = EmRegions.darknessRank(new float[] { 3, 1, 2, 3 });
		assertEquals(0f, rank[0]);
		assertEquals(0f, rank[3]);
		assertEquals(0.5f, rank[2]);
		assertEquals(0.75f, rank[1]);
	}
}
