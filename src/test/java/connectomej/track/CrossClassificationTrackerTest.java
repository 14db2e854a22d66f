package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CrossClassificationTrackerTest {

	private static final int W = 8, H = 8;

	@Test
	void aModelThatReadsTheSectionBeforeGetsThePreviousStepsSeedsColouredByThisStepsCode() {
		ColourModel model = ColourModel.create(3, 0, 0, 1, 2, 4, 1, 1e-3);
		List<CodeBook> codes = new ArrayList<>();
		List<float[][]> seen = new ArrayList<>();
		CrossClassificationTracker tracker = new CrossClassificationTracker(model, 0, 0, 5)
				.observe((code, seeds, probabilities) -> {
					codes.add(code);
					seen.add(probabilities);
				});
		Random random = new Random(1);
		float[] em0 = em(random), em1 = em(random), em2 = em(random);
		long[] seeds0 = halves(3), seeds1 = halves(5);
		tracker.propagate(seeds0, em0, em1, W, H);
		tracker.propagate(seeds1, em1, em2, W, H);
		assertEquals(2, seen.size());
		// the first step has no section before: the seed section stands in for it
		assertArrayEquals(expected(model, codes.get(0), seeds0, em0, em1, seeds0, em0), seen.get(0)[0]);
		// the second reads the first step's seeds and EM
		assertArrayEquals(expected(model, codes.get(1), seeds1, em1, em2, seeds0, em0), seen.get(1)[0]);
	}

	/** Digit 0's probabilities, computed directly. */
	private static float[] expected(ColourModel model, CodeBook code, long[] seeds, float[] seedEm, float[] nextEm, long[] before, float[] beforeEm) {
		return model.probabilities(seedEm, nextEm, null, new float[0][], new float[0][], colours(code, SeedBoundaries.erase(seeds, W, H)), beforeEm,
				colours(code, SeedBoundaries.erase(before, W, H)), W, H);
	}

	private static int[] colours(CodeBook code, long[] seeds) {
		int[] out = new int[seeds.length];
		for (int i = 0; i < seeds.length; i++)
			out[i] = seeds[i] == 0 ? -1 : code.colour(seeds[i], 0);
		return out;
	}

	/** Objects 1 (x below {@code split}) and 2. */
	private static long[] halves(int split) {
		long[] labels = new long[W * H];
		for (int i = 0; i < labels.length; i++)
			labels[i] = i % W < split ? 1 : 2;
		return labels;
	}

	private static float[] em(Random random) {
		float[] em = new float[W * H];
		for (int i = 0; i < em.length; i++)
			em[i] = (float) random.nextGaussian();
		return em;
	}
}
