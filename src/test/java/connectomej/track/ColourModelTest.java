package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import connectomej.nn.ModelInfo;

class ColourModelTest {

	@Test
	void inputHasEmTwiceAndOneHotColoursWithoutColourInThePadding() {
		ColourModel m = ColourModel.create(3, 2, 4, 1, 1e-3);
		float[] seed = { 1, 2, 3 }, next = { 4, 5, 6 };
		int[] colours = { 2, -1, 0 };
		float[] input = new float[5 * 4 * 2];
		m.fill(input, 0, seed, next, colours, 3, 1, 4, 2);
		int plane = 8;
		assertArrayEquals(new float[] { 1, 2, 3, 3, 1, 2, 3, 3 }, java.util.Arrays.copyOfRange(input, 0, plane));
		assertArrayEquals(new float[] { 4, 5, 6, 6, 4, 5, 6, 6 }, java.util.Arrays.copyOfRange(input, plane, 2 * plane));
		assertArrayEquals(new float[] { 0, 0, 1, 0, 0, 0, 0, 0 }, java.util.Arrays.copyOfRange(input, 2 * plane, 3 * plane));
		assertArrayEquals(new float[8], java.util.Arrays.copyOfRange(input, 3 * plane, 4 * plane));
		assertArrayEquals(new float[] { 1, 0, 0, 0, 0, 0, 0, 0 }, java.util.Arrays.copyOfRange(input, 4 * plane, 5 * plane));
	}

	@Test
	void boundaryMapChannelSitsBetweenTheEmAndTheColoursAndIsRequired() {
		ColourModel m = ColourModel.create(3, 1, 2, 4, 1, 1e-3);
		assertEquals(6, m.inputChannels());
		float[] seed = { 1, 2, 3 }, next = { 4, 5, 6 }, map = { 0.1f, 0.9f, 0.5f };
		int[] colours = { 2, -1, 0 };
		float[] input = new float[6 * 4 * 2];
		m.fill(input, 0, seed, next, map, colours, 3, 1, 4, 2);
		int plane = 8;
		assertArrayEquals(new float[] { 4, 5, 6, 6, 4, 5, 6, 6 }, java.util.Arrays.copyOfRange(input, plane, 2 * plane));
		assertArrayEquals(new float[] { 0.1f, 0.9f, 0.5f, 0.5f, 0.1f, 0.9f, 0.5f, 0.5f }, java.util.Arrays.copyOfRange(input, 2 * plane, 3 * plane));
		assertArrayEquals(new float[] { 0, 0, 1, 0, 0, 0, 0, 0 }, java.util.Arrays.copyOfRange(input, 3 * plane, 4 * plane));
		assertArrayEquals(new float[] { 1, 0, 0, 0, 0, 0, 0, 0 }, java.util.Arrays.copyOfRange(input, 5 * plane, 6 * plane));
		assertThrows(IllegalArgumentException.class, () -> m.probabilities(seed, next, colours, 3, 1));
		assertEquals(3 * 3, m.probabilities(seed, next, map, colours, 3, 1).length);
	}

	@Test
	void sectionsAheadSitAfterTheNextMapWithTheirMapsAndAreRequired() {
		ColourModel m = ColourModel.create(3, 1, 2, 2, 4, 1, 1e-3);
		assertEquals(2 + 1 + 2 * 2 + 3, m.inputChannels());
		float[] seed = { 1, 2, 3 }, next = { 4, 5, 6 }, map = { 0.1f, 0.9f, 0.5f };
		float[][] aheadEm = { { 7, 8, 9 }, { 10, 11, 12 } }, aheadMaps = { { 0.2f, 0.3f, 0.4f }, { 0.6f, 0.7f, 0.8f } };
		int[] colours = { 2, -1, 0 };
		int plane = 8;
		float[] input = new float[m.inputChannels() * plane];
		m.fill(input, 0, seed, next, map, aheadEm, aheadMaps, colours, 3, 1, 4, 2);
		assertArrayEquals(new float[] { 0.1f, 0.9f, 0.5f, 0.5f, 0.1f, 0.9f, 0.5f, 0.5f }, java.util.Arrays.copyOfRange(input, 2 * plane, 3 * plane));
		assertArrayEquals(new float[] { 7, 8, 9, 9, 7, 8, 9, 9 }, java.util.Arrays.copyOfRange(input, 3 * plane, 4 * plane));
		assertArrayEquals(new float[] { 10, 11, 12, 12, 10, 11, 12, 12 }, java.util.Arrays.copyOfRange(input, 4 * plane, 5 * plane));
		assertArrayEquals(new float[] { 0.2f, 0.3f, 0.4f, 0.4f, 0.2f, 0.3f, 0.4f, 0.4f }, java.util.Arrays.copyOfRange(input, 5 * plane, 6 * plane));
		assertArrayEquals(new float[] { 0.6f, 0.7f, 0.8f, 0.8f, 0.6f, 0.7f, 0.8f, 0.8f }, java.util.Arrays.copyOfRange(input, 6 * plane, 7 * plane));
		assertArrayEquals(new float[] { 0, 0, 1, 0, 0, 0, 0, 0 }, java.util.Arrays.copyOfRange(input, 7 * plane, 8 * plane));
		assertArrayEquals(new float[] { 1, 0, 0, 0, 0, 0, 0, 0 }, java.util.Arrays.copyOfRange(input, 9 * plane, 10 * plane));
		assertThrows(IllegalArgumentException.class, () -> m.probabilities(seed, next, map, colours, 3, 1));
		assertEquals(3 * 3, m.probabilities(seed, next, map, aheadEm, aheadMaps, colours, 3, 1).length);
	}

	@Test
	void theSectionBeforeTheSeedSitsAfterTheColoursWithItsOwnColoursAndIsRequired() {
		ColourModel m = ColourModel.create(3, 1, 0, 1, 2, 4, 1, 1e-3);
		assertEquals(2 + 1 + 3 + 1 + 3, m.inputChannels());
		float[] seed = { 1, 2, 3 }, next = { 4, 5, 6 }, map = { 0.1f, 0.9f, 0.5f }, before = { 7, 8, 9 };
		int[] colours = { 2, -1, 0 }, beforeColours = { -1, 1, 1 };
		int plane = 8;
		float[] input = new float[m.inputChannels() * plane];
		m.fill(input, 0, seed, next, map, new float[0][], new float[0][], colours, before, beforeColours, 3, 1, 4, 2);
		assertArrayEquals(new float[] { 0, 0, 1, 0, 0, 0, 0, 0 }, java.util.Arrays.copyOfRange(input, 3 * plane, 4 * plane), "seed colour 0");
		assertArrayEquals(new float[] { 7, 8, 9, 9, 7, 8, 9, 9 }, java.util.Arrays.copyOfRange(input, 6 * plane, 7 * plane), "EM before");
		assertArrayEquals(new float[8], java.util.Arrays.copyOfRange(input, 7 * plane, 8 * plane), "colour 0 before");
		assertArrayEquals(new float[] { 0, 1, 1, 0, 0, 0, 0, 0 }, java.util.Arrays.copyOfRange(input, 8 * plane, 9 * plane), "colour 1 before");
		assertThrows(IllegalArgumentException.class, () -> m.probabilities(seed, next, map, colours, 3, 1));
		assertEquals(3 * 3, m.probabilities(seed, next, map, new float[0][], new float[0][], colours, before, beforeColours, 3, 1).length);
		assertThrows(IllegalArgumentException.class, () -> ColourModel.create(3, 1, 0, 2, 2, 4, 1, 1e-3));
	}

	@Test
	void probabilitiesOfAnOddSizedSectionSumToOnePerVoxel() {
		ColourModel m = ColourModel.create(3, 2, 4, 1, 1e-3);
		int w = 7, h = 5;
		Random r = new Random(1);
		float[] seed = new float[w * h], next = new float[w * h];
		int[] colours = new int[w * h];
		for (int i = 0; i < w * h; i++) {
			seed[i] = (float) r.nextGaussian();
			next[i] = (float) r.nextGaussian();
			colours[i] = r.nextInt(4) - 1;
		}
		float[] p = m.probabilities(seed, next, colours, w, h);
		assertEquals(3 * w * h, p.length);
		for (int i = 0; i < w * h; i++)
			assertEquals(1, p[i] + p[w * h + i] + p[2 * w * h + i], 1e-4);
	}

	/** Random EM of a w x h section, and random colours -1 .. 2 of its seeds; index y * w + x. */
	private record Section(float[] seed, float[] next, int[] colours) {

		static Section random(int w, int h, long seed) {
			Random r = new Random(seed);
			Section s = new Section(new float[w * h], new float[w * h], new int[w * h]);
			for (int i = 0; i < w * h; i++) {
				s.seed[i] = (float) r.nextGaussian();
				s.next[i] = (float) r.nextGaussian();
				s.colours[i] = r.nextInt(4) - 1;
			}
			return s;
		}

		/** The same section mirrored in x. */
		Section flippedInX(int w, int h) {
			Section f = new Section(new float[w * h], new float[w * h], new int[w * h]);
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					int from = y * w + x, to = y * w + w - 1 - x;
					f.seed[to] = seed[from];
					f.next[to] = next[from];
					f.colours[to] = colours[from];
				}
			return f;
		}

		float[] probabilities(ColourModel m, int w, int h) {
			return m.probabilities(seed, next, colours, w, h);
		}
	}

	/** The largest difference between {@code p} and {@code q} mirrored in x, over all k planes of w x h. */
	private static double mirrorMismatch(float[] p, float[] q, int w, int h) {
		double worst = 0;
		for (int plane = 0; plane < p.length / (w * h); plane++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					worst = Math.max(worst, Math.abs(p[plane * w * h + y * w + x] - q[plane * w * h + y * w + w - 1 - x]));
		return worst;
	}

	@Test
	void dihedralAveragingMakesTheColoursFollowAMirroredSection() {
		int w = 8, h = 4;
		ColourModel plain = ColourModel.create(3, 2, 4, 7, 1e-3), averaged = plain.withDihedralAveraging();
		Section s = Section.random(w, h, 5), mirrored = s.flippedInX(w, h);
		assertTrue(mirrorMismatch(s.probabilities(plain, w, h), mirrored.probabilities(plain, w, h), w, h) > 1e-4,
				"a random network should not be mirror-symmetric by itself");
		float[] p = s.probabilities(averaged, w, h);
		assertEquals(0, mirrorMismatch(p, mirrored.probabilities(averaged, w, h), w, h), 1e-5);
		for (int i = 0; i < w * h; i++)
			assertEquals(1, p[i] + p[w * h + i] + p[2 * w * h + i], 1e-4);
		assertSame(plain.network(), averaged.network());
	}

	@Test
	void modelsAveragedTogetherGiveTheMeanOfTheirColours() {
		int w = 6, h = 4;
		ColourModel a = ColourModel.create(3, 2, 4, 1, 1e-3), b = ColourModel.create(3, 2, 4, 2, 1e-3);
		Section s = Section.random(w, h, 9);
		float[] pa = s.probabilities(a, w, h), pb = s.probabilities(b, w, h), mean = s.probabilities(a.averagedWith(List.of(b)), w, h);
		for (int i = 0; i < mean.length; i++)
			assertEquals((pa[i] + pb[i]) / 2, mean[i], 1e-5);
		ColourModel deeper = a.averagedWith(List.of(ColourModel.create(3, 3, 4, 3, 1e-3)));
		assertEquals(4, deeper.sizeMultiple());
		assertEquals(3 * w * h, s.probabilities(deeper, w, h).length);
	}

	@Test
	void modelsReadingOtherInputsAreNotAveraged() {
		ColourModel plain = ColourModel.create(3, 2, 4, 1, 1e-3);
		var e = assertThrows(IllegalArgumentException.class, () -> plain.averagedWith(List.of(ColourModel.create(3, 1, 2, 4, 1, 1e-3))));
		assertTrue(e.getMessage().contains("0 maps") && e.getMessage().contains("1 maps"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> plain.averagedWith(List.of(ColourModel.create(4, 2, 4, 1, 1e-3))));
	}

	@Test
	void argmaxLooksOnlyAtTheColoursInUse() {
		float[] p = { 0.1f, 0.6f, // colour 0 of voxels 0, 1
				0.3f, 0.1f, // colour 1
				0.6f, 0.3f }; // colour 2
		assertArrayEquals(new int[] { 2, 0 }, ColourModel.argmax(p, 3, 2));
		assertArrayEquals(new int[] { 1, 0 }, ColourModel.argmax(p, 2, 2));
	}

	@Test
	void savedModelLoadsWithItsColours(@TempDir Path dir) throws Exception {
		ColourModel m = ColourModel.create(3, 2, 4, 1, 1e-3);
		Path file = dir.resolve("m.zip");
		m.save(file, 16, new ModelInfo.Training("test", "test"), Map.of());
		ColourModel back = ColourModel.load(file);
		assertEquals(3, back.colours());
		assertEquals(2, back.sizeMultiple());
		assertEquals(0, back.maps());
		ColourModel.create(3, 1, 2, 4, 1, 1e-3).save(dir.resolve("map.zip"), 16, new ModelInfo.Training("test", "test"), Map.of());
		assertEquals(1, ColourModel.load(dir.resolve("map.zip")).maps());
		for (int maps = 0; maps <= 1; maps++)
			for (int ahead = 0; ahead <= 3; ahead++) {
				Path f = dir.resolve("ahead-" + maps + "-" + ahead + ".zip");
				ColourModel.create(4, maps, ahead, 2, 4, 1, 1e-3).save(f, 16, new ModelInfo.Training("test", "test"), Map.of());
				ColourModel loaded = ColourModel.load(f);
				assertEquals(maps, loaded.maps(), f.toString());
				assertEquals(ahead, loaded.ahead(), f.toString());
				Path behind = dir.resolve("behind-" + maps + "-" + ahead + ".zip");
				ColourModel.create(4, maps, ahead, 1, 2, 4, 1, 1e-3).save(behind, 16, new ModelInfo.Training("test", "test"), Map.of());
				ColourModel back3d = ColourModel.load(behind);
				assertEquals(java.util.List.of(maps, ahead, 1), java.util.List.of(back3d.maps(), back3d.ahead(), back3d.behind()), behind.toString());
				assertEquals(0, loaded.behind(), f.toString());
			}
		Files.writeString(dir.resolve("bad.zip"), "no zip");
		assertThrows(BadInputException.class, () -> ColourModel.load(dir.resolve("bad.zip")));
	}
}
