package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import net.imglib2.img.array.ArrayImgs;

class OwnSeedSampleTest {

	// 5 x 3 patches: the tracker's label 7 spills one voxel into object 2, which is mostly label 8; object 3 was lost
	private static final long[] SEED_TRUTH = {
			1, 1, 0, 2, 2, //
			1, 1, 0, 2, 2, //
			3, 3, 3, 3, 3 };
	private static final long[] SEED = {
			7, 7, 7, 7, 8, //
			7, 7, 0, 8, 8, //
			0, 0, 0, 0, 0 };
	private static final long[] NEXT = {
			1, 1, 0, 2, 2, //
			1, 0, 2, 2, 2, //
			3, 3, 3, 3, 3 };

	@Test
	void eachObjectContinuesTheSeedLabelItOverlapsMost() {
		assertEquals(Map.of(1L, 7L, 2L, 8L), SeedMatching.largestOverlap(SEED_TRUTH, SEED));
		assertEquals(Map.of(1L, 4L), SeedMatching.largestOverlap(new long[] { 1, 1, 0 }, new long[] { 9, 4, 5 }), "tie: the smaller label");
	}

	@Test
	void targetsAreTheColoursOfTheContinuedLabelsAndLostObjectsHaveNone() {
		CodeBook code = CodeBook.random(new long[] { 7, 8 }, 2, 1, 0, new Random(3));
		int c7 = code.colour(7, 0), c8 = code.colour(8, 0), plane = NEXT.length;
		assertNotEquals(c7, c8);
		float[] target = new float[2 * 2 * plane], mask = new float[2 * plane];
		assertEquals(8, ColourSample.writeTargets(SEED_TRUTH, SEED, NEXT, code, 0, TrackTrainer.Mix.TRUTH, target, mask, 1));
		for (int i = 0; i < plane; i++) {
			int expected = NEXT[i] == 1 ? c7 : NEXT[i] == 2 ? c8 : -1;
			for (int c = 0; c < 2; c++)
				assertEquals(c == expected ? 1 : 0, target[(2 + c) * plane + i], "voxel " + i + " colour " + c);
			assertEquals(expected >= 0 ? 1 : 0, mask[plane + i], "mask of voxel " + i);
			assertEquals(0, mask[i], "sample 0 untouched");
		}
	}

	@Test
	void withAnEnteringWeightLostObjectsLearnThatTheyHaveNoColour() {
		CodeBook code = CodeBook.random(new long[] { 7, 8 }, 2, 1, 0, new Random(3));
		int plane = NEXT.length;
		float[] target = new float[2 * plane], mask = new float[plane];
		assertEquals(13, ColourSample.writeTargets(SEED_TRUTH, SEED, NEXT, code, 0, new TrackTrainer.Mix(0, 0, 0.5), target, mask, 0));
		for (int i = 10; i < 15; i++) {
			assertEquals(0.5f, target[i], "object 3, colour 0");
			assertEquals(0.5f, target[plane + i], "object 3, colour 1");
			assertEquals(0.5f, mask[i], "object 3 weighs the entering weight");
		}
		assertEquals(1, mask[0], "a continued object keeps its weight");
		assertEquals(0, mask[2], "a boundary voxel has no target");
	}

	@Test
	void voxelsUnderAnotherSeedLabelWeighTheDisplacedWeight() {
		CodeBook code = CodeBook.random(new long[] { 7, 8 }, 2, 1, 0, new Random(3));
		float[] target = new float[2 * NEXT.length], mask = new float[NEXT.length];
		ColourSample.writeTargets(SEED_TRUTH, SEED, NEXT, code, 0, new TrackTrainer.Mix(0, 0, 0, 5, 0), target, mask, 0);
		assertEquals(5, mask[3], "object 2 (label 8) under label 7");
		assertEquals(1, mask[4], "object 2 under its own label 8");
		assertEquals(1, mask[7], "object 2 under no label");
		assertEquals(1, mask[0], "object 1 under its own label 7");
	}

	@Test
	void voxelsUnderNoSeedLabelWeighTheBandWeight() {
		CodeBook code = CodeBook.random(new long[] { 7, 8 }, 2, 1, 0, new Random(3));
		float[] target = new float[2 * NEXT.length], mask = new float[NEXT.length];
		ColourSample.writeTargets(SEED_TRUTH, SEED, NEXT, code, 0, new TrackTrainer.Mix(0, 0, 0, 5, 0, 3), target, mask, 0);
		assertEquals(3, mask[7], "object 2 under no label");
		assertEquals(5, mask[3], "object 2 (label 8) under label 7");
		assertEquals(1, mask[4], "object 2 under its own label 8");
		assertEquals(0, mask[12], "object 3 enters under no label and has no target");
	}

	@Test
	void aSeedShiftPutsVoxelsUnderTheNeighboursLabel() {
		// two identical 16 x 16 sections: object 1 left of a membrane at x = 8, object 2 right of it
		int w = 16, plane = 64;
		long[] labels = new long[w * w];
		float[] em = new float[w * w];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = i % w < 8 ? 1 : i % w == 8 ? 0 : 2;
			em[i] = i % w == 8 ? -2 : 0.5f;
		}
		SweptStack stack = SweptStack.truth(new TrainingStack(new float[][] { em, em }, new long[][] { labels, labels }, w, w));
		ColourModel m = ColourModel.create(3, 2, 4, 1, 1e-3);
		boolean displaced = false;
		for (long seed = 0; seed < 40; seed++) {
			float[] shifted = new float[plane], aligned = new float[plane];
			ColourSample.draw(m, stack, 8, new TrackTrainer.Mix(0, 0, 0, 5, 2), new Random(seed), new float[5 * plane], new float[3 * plane],
					shifted, 0);
			ColourSample.draw(m, stack, 8, new TrackTrainer.Mix(0, 0, 0, 5, 0), new Random(seed), new float[5 * plane], new float[3 * plane],
					aligned, 0);
			for (int i = 0; i < plane; i++) {
				displaced |= shifted[i] == 5;
				assertNotEquals(5, aligned[i], "identical sections, aligned: no voxel under another label");
			}
		}
		assertTrue(displaced, "a shift of up to 2 pixels across the membrane puts some voxels under the neighbour");
	}

	@Test
	void smallObjectsWeighMoreUpToFour() {
		assertEquals(1, SmallObjectWeights.weight(400, 400), 1e-9);
		assertEquals(2, SmallObjectWeights.weight(100, 400), 1e-9);
		assertEquals(4, SmallObjectWeights.weight(4, 400), 1e-9);
		assertEquals(1, SmallObjectWeights.weight(1000, 400), 1e-9);
		assertEquals(1, SmallObjectWeights.weight(4, 0), 1e-9);
		CodeBook code = CodeBook.random(new long[] { 7, 8 }, 2, 1, 0, new Random(3));
		float[] target = new float[2 * NEXT.length], mask = new float[NEXT.length];
		ColourSample.writeTargets(SEED_TRUTH, SEED, NEXT, code, 0, new TrackTrainer.Mix(0, 16), target, mask, 0);
		assertEquals(Math.sqrt(16 / 3.0), mask[0], 1e-6, "object 1 has 3 voxels in the next patch");
		assertEquals(Math.sqrt(16 / 5.0), mask[3], 1e-6, "object 2 has 5");
		assertEquals(0, mask[10], "object 3 has no target");
	}

	@Test
	void batchWeightsAreScaledToAMeanOfOne() {
		float[] w = { 0, 1, 3, 0 };
		TrackTrainer.scaleToUnitMean(w);
		assertArrayEquals(new float[] { 0, 0.5f, 1.5f, 0 }, w);
	}

	@Test
	void aSweepThatOnlyRenamesObjectsGivesTheGroundTruthSample() {
		TrainingStack stack = TrackTrainerTest.halves();
		long[][] renamed = new long[2][];
		for (int z = 0; z < 2; z++)
			renamed[z] = java.util.Arrays.stream(stack.labels()[z]).map(v -> v == 0 ? 0 : v + 10).toArray();
		ColourModel m = ColourModel.create(3, 2, 4, 1, 1e-3);
		for (long seed = 0; seed < 10; seed++) {
			float[][] truth = sample(m, SweptStack.truth(stack), seed), own = sample(m, new SweptStack(stack, renamed), seed);
			for (int a = 0; a < 3; a++)
				assertArrayEquals(truth[a], own[a], "array " + a + ", seed " + seed);
		}
	}

	@Test
	void sweptSeedsLoseBoundaryVoxelsAndVoxelsTouchingAnotherObject() {
		TrainingStack stack = new TrainingStack(new float[2][6], new long[2][6], 3, 2);
		long[] tracked = { 1, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1 }; // x fastest, then y, then z
		float[] p = { 0, 0.9f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.9f };
		var boundaries = new BoundarySeeds(ArrayImgs.floats(p, 3, 2, 2), 0.5);
		SweptStack s = SweptStack.of(stack, ArrayImgs.unsignedLongs(tracked, 3, 2, 2), boundaries);
		assertArrayEquals(new long[] { 1, 0, 2, 1, 0, 0 }, s.seeds()[0], "(1, 0) is boundary; (1, 1) and (2, 1) touch each other");
		assertArrayEquals(new long[] { 1, 1, 1, 1, 1, 0 }, s.seeds()[1]);
		assertThrows(IllegalArgumentException.class, () -> new SweptStack(stack, new long[1][6]));
	}

	@Test
	void theLossMultipliesTheMaskWeightsIntoScoreAndGradient() {
		ColourModel m = ColourModel.create(2, 2, 2, 5, 1e-3);
		float[] mask = new float[64];
		mask[9] = 1;
		mask[30] = 1;
		double[] one = scoreAndGradient(m, mask);
		mask[9] = 2;
		mask[30] = 2;
		double[] two = scoreAndGradient(m, mask);
		assertNotEquals(0, one[0]);
		assertNotEquals(0, one[1]);
		assertEquals(2 * one[0], two[0], 1e-4 * Math.abs(one[0]), "score");
		assertEquals(2 * one[1], two[1], 1e-4 * Math.abs(one[1]), "a gradient entry");
	}

	/** Score and the largest gradient entry of a fixed input for one 8 x 8 sample with this mask. */
	private static double[] scoreAndGradient(ColourModel m, float[] mask) {
		Random random = new Random(4);
		float[] input = new float[4 * 64], target = new float[2 * 64];
		for (int i = 0; i < input.length; i++)
			input[i] = random.nextFloat();
		for (int i = 0; i < 64; i++)
			target[(i % 2) * 64 + i] = 1;
		var g = m.network();
		g.setInputs(Nd4j.create(input, new long[] { 1, 4, 8, 8 }, 'c'));
		g.setLabels(Nd4j.create(target, new long[] { 1, 2, 8, 8 }, 'c'));
		g.setLayerMaskArrays(null, new INDArray[] { Nd4j.create(mask, new long[] { 1, 1, 8, 8 }, 'c') });
		g.computeGradientAndScore();
		return new double[] { g.score(), g.gradient().gradient().amaxNumber().doubleValue() };
	}

	private static float[][] sample(ColourModel m, SweptStack stack, long seed) {
		int plane = 64;
		float[] input = new float[5 * plane], target = new float[3 * plane], mask = new float[plane];
		ColourSample.draw(m, stack, 8, TrackTrainer.Mix.TRUTH, new Random(seed), input, target, mask, 0);
		return new float[][] { input, target, mask };
	}
}
