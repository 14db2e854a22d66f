package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;

class ProbabilityRegionsTest {

	// one 5 x 3 section: two cells split by a membrane at x = 2
	private static final float[] PROBABILITY = {
			0.1f, 0.2f, 0.9f, 0.2f, 0.1f, //
			0.1f, 0.2f, 0.8f, 0.2f, 0.1f, //
			0.1f, 0.2f, 0.9f, 0.2f, 0.1f };

	@Test
	void membraneVoxelsBelongToARegionWithoutAVote() {
		int[] r = new ProbabilityRegions(ArrayImgs.floats(PROBABILITY, 5, 3, 1), 0.3, 0, 0.5).regions(0, null, 5, 3);
		assertNotEquals(r[0], r[4]);
		for (int y = 0; y < 3; y++) {
			assertTrue(r[y * 5 + 2] < 0, "membrane voxel of row " + y + " does not vote");
			assertTrue(r[y * 5 + 2] == -r[0] || r[y * 5 + 2] == -r[4], "and belongs to a neighbouring region");
			assertEquals(r[0], r[y * 5 + 1]);
		}
	}

	@Test
	void withoutAVoteLimitEveryVoxelVotes() {
		for (int label : new ProbabilityRegions(ArrayImgs.floats(PROBABILITY, 5, 3, 1), 0.3, 0).regions(0, null, 5, 3))
			assertTrue(label > 0);
	}

	@Test
	void smoothedDistanceMaximaSeedBothCellsOfALeakingMembrane() {
		// 13 x 7: a membrane at x = 6 with a gap at y = 3; below 0.3 the two cells are one connected component
		int w = 13, h = 7;
		float[] p = new float[w * h];
		for (int y = 0; y < h; y++)
			p[y * w + 6] = y == 3 ? 0.1f : 0.9f;
		var image = ArrayImgs.floats(p, w, h, 1);
		int[] components = new ProbabilityRegions(image, 0.3, 0, 2).regions(0, null, w, h);
		assertEquals(components[0], components[w - 1], "one region across the gap");
		int[] maxima = new ProbabilityRegions(image, 0.3, 0, 2, 1).regions(0, null, w, h);
		assertNotEquals(maxima[3 * w + 2], maxima[3 * w + 10], "a region per cell");
	}
}
