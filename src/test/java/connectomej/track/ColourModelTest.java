package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
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
