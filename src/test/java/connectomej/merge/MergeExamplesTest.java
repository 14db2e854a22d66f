package connectomej.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;

/** Unsupervised examples: balanced, deterministic, positives join two objects across their boundary. */
class MergeExamplesTest {

	private static final MergeExamples.Settings SETTINGS = new MergeExamples.Settings(WindowShape.cube(16, 8), 100, 4, 3, 5);

	@Test
	void syntheticNeuritesGiveBalancedDeterministicExamples() {
		LabelGrid grid = SyntheticNeurites.generate(new SyntheticNeurites.Settings(new int[] { 40, 40, 40 }, 10, 2, 4, 9));
		WindowSet a = MergeExamples.of(grid, SETTINGS, new MedialSamples()), b = MergeExamples.of(grid, SETTINGS, new MedialSamples());
		assertTrue(a.size() >= 10, a.size() + " examples");
		assertEquals(a.size(), 2 * a.positives());
		for (int i = 0; i < a.size(); i++)
			assertEquals(java.util.Arrays.toString(a.windows().get(i)), java.util.Arrays.toString(b.windows().get(i)));
		assertEquals(512, a.windows().get(0).length);
	}

	@Test
	void theMergedMaskFillsTheBoundaryBetweenTheTwoObjects() {
		// along x: 1 1 1 0 2 2 2 (one boundary voxel between objects 1 and 2), one row
		long[] labels = { 1, 1, 1, 0, 2, 2, 2 };
		LabelGrid grid = new LabelGrid(labels, 7, 1, 1, VoxelSize.UNIT);
		ObjectMask merged = MergeExamples.mergedAround(grid, 1, 2, new int[] { 3, 0, 0 }, WindowShape.cube(8, 8));
		for (int x = 0; x < 7; x++)
			assertTrue(merged.contains(x, 0, 0), "x = " + x);
		assertEquals(7, merged.count());
		ObjectMask single = ObjectMask.of(grid, Set.of(1L), new int[] { 0, 0, 0 }, new int[] { 6, 0, 0 }, 0);
		assertEquals(3, single.count());
	}

	@Test
	void windowSetsBalanceByCuttingTheLargerClass() {
		WindowSet set = WindowSet.empty(1, 3);
		for (int i = 0; i < 7; i++)
			set.add(new float[] { i }, i < 2);
		WindowSet balanced = set.balanced(1);
		assertEquals(4, balanced.size());
		assertEquals(2, balanced.positives());
	}

	@Test
	void syntheticNeuritesAreSeparatedByBoundaryVoxels() {
		LabelGrid g = SyntheticNeurites.generate(new SyntheticNeurites.Settings(new int[] { 32, 32, 32 }, 12, 2, 5, 4));
		assertTrue(g.objects().size() >= 8, g.objects().size() + " objects");
		assertTrue(!TouchingPairs.of(g).isEmpty(), "some tubes touch");
		for (int z = 0; z < 32; z++)
			for (int y = 0; y < 32; y++)
				for (int x = 0; x < 31; x++) {
					long a = g.get(x, y, z), b = g.get(x + 1, y, z);
					assertTrue(a == 0 || b == 0 || a == b, "labels " + a + " and " + b + " touch at " + x + "," + y + "," + z);
				}
	}
}
