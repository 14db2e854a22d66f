package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TrackTrainerTest {

	/** 8 x 8 x 2: object 1 left half, 2 right half, 0 boundary column 4; section 1 adds object 3 in a corner. */
	static TrainingStack halves() {
		int w = 8, h = 8;
		float[][] em = new float[2][w * h];
		long[][] labels = new long[2][w * h];
		for (int z = 0; z < 2; z++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					labels[z][y * w + x] = x < 4 ? 1 : x == 4 ? 0 : 2;
					em[z][y * w + x] = x == 4 ? -2 : 0.5f;
				}
		labels[1][0] = 3;
		return new TrainingStack(em, labels, w, h);
	}

	@Test
	void aModelThatReadsTheSectionBeforeGetsItFromTheOtherSideOfTheSeedColouredByTheSameCode() {
		int w = 8, h = 8, plane = 64;
		float[][] em = new float[3][w * h];
		long[][] labels = new long[3][w * h];
		for (int z = 0; z < 3; z++)
			for (int i = 0; i < plane; i++) {
				em[z][i] = z; // each section's EM tells which section it is
				labels[z][i] = i % w < 4 ? 1 : i % w == 4 ? 0 : 2;
			}
		ColourModel m = ColourModel.create(3, 0, 0, 1, 2, 4, 1, 1e-3);
		Random random = new Random(4);
		int inside = 0;
		for (int n = 0; n < 30; n++) {
			float[] input = new float[m.inputChannels() * plane];
			ColourSample.draw(m, new TrainingStack(em, labels, w, h), 8, random, input, new float[3 * plane], new float[plane], 0);
			float seed = input[0], next = input[plane], before = input[5 * plane];
			assertTrue(before == seed - (next - seed) || before == seed && (seed == 0 || seed == 2),
					"the section before lies opposite the next one, or is the seed itself at the stack's end: " + before + ", " + seed + ", " + next);
			inside += before != seed ? 1 : 0;
			for (int i = 0; i < plane; i++)
				for (int c = 0; c < 3; c++)
					assertEquals(input[(2 + c) * plane + i], input[(6 + c) * plane + i], "voxel " + i + ": the same object, the same colour");
		}
		assertTrue(inside > 5, "samples away from the stack's ends: " + inside);
	}

	@Test
	void targetsAreTheSeedColoursOfObjectsInBothSectionsOnly() {
		ColourModel m = ColourModel.create(3, 2, 4, 1, 1e-3);
		Random random = new Random(2);
		for (int n = 0; n < 20; n++) {
			int p = 8, plane = 64;
			float[] input = new float[5 * plane], target = new float[3 * plane];
			float[] mask = new float[plane];
			int targets = ColourSample.draw(m, halves(), p, random, input, target, mask, 0);
			int zeroRows = 0;
			for (int i = 0; i < plane; i++) {
				float sum = target[i] + target[plane + i] + target[2 * plane + i];
				zeroRows += sum == 0 ? 1 : 0;
				boolean corner = i == 0 || i == 7 || i == 56 || i == 63; // object 3 may be the seed there
				for (int c = 0; c < 3; c++)
					if (target[c * plane + i] > 0 && !corner)
						assertEquals(1, input[(2 + c) * plane + i], "voxel " + i + " target colour " + c + " is not its seed colour");
			}
			assertEquals(64 - targets, zeroRows);
			for (int i = 0; i < plane; i++)
				assertEquals(target[i] + target[plane + i] + target[2 * plane + i], mask[i]);
			assertTrue(zeroRows == 8 || zeroRows == 9, "boundary (8) and maybe the new object (1): " + zeroRows);
		}
	}

	@Test
	void trainingStopsAfterMaxStepsWithAFiniteLoss() {
		ColourModel m = ColourModel.create(2, 2, 4, 1, 1e-2);
		TrackTrainer.Progress p = TrackTrainer.train(m, List.of(halves()),
				new TrackTrainer.Settings(8, 2, Duration.ofMinutes(5), 5, 3), q -> {});
		assertEquals(5, p.steps());
		assertTrue(Double.isFinite(p.loss()));
		double accuracy = TrackTrainer.colourAccuracy(m, halves(), 8, 4, 1);
		assertTrue(accuracy >= 0 && accuracy <= 1);
	}

	@Test
	void mapModelSamplesTheNextSectionsMapAndRefusesAStackWithout() {
		ColourModel m = ColourModel.create(3, 1, 2, 4, 1, 1e-3);
		TrainingStack plain = halves();
		float[][] maps = new float[2][64];
		for (int i = 0; i < 64; i++)
			maps[1][i] = maps[0][i] = i % 8 == 4 ? 0.9f : 0.1f; // the boundary column, in both sections
		TrainingStack mapped = new TrainingStack(plain.em(), plain.labels(), 8, 8, maps);
		int plane = 64;
		float[] input = new float[6 * plane], target = new float[3 * plane], mask = new float[plane];
		ColourSample.draw(m, mapped, 8, new Random(3), input, target, mask, 0);
		int high = 0;
		for (int i = 0; i < plane; i++)
			high += input[2 * plane + i] > 0.5f ? 1 : 0;
		assertEquals(8, high, "the map channel holds the boundary line, whichever flip the sample drew");
		assertThrows(IllegalArgumentException.class, () -> ColourSample.draw(m, plain, 8, new Random(3), input, target, mask, 0));
		var tracker = new CrossClassificationTracker(m, 0, 0, 1);
		long[] seeds = plain.labels()[0];
		assertThrows(IllegalArgumentException.class, () -> tracker.propagate(seeds, plain.em()[0], plain.em()[1], 8, 8));
	}

	@Test
	void aMapReadIntoAStackMustHaveItsSize() {
		TrainingStack plain = halves();
		var map = net.imglib2.img.array.ArrayImgs.floats(8, 8, 2);
		map.forEach(v -> v.set(0.25f));
		assertEquals(0.25f, plain.withMap(map).maps()[1][63]);
		var wrong = net.imglib2.img.array.ArrayImgs.floats(8, 7, 2);
		var e = assertThrows(IllegalArgumentException.class, () -> plain.withMap(wrong));
		assertTrue(e.getMessage().contains("8 x 8 x 2"), e.getMessage());
	}
}
