package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import connectomej.io.BadInputException;
import net.imglib2.img.array.ArrayImgs;

/** Stored maps as probabilities: 8-bit / 255, 16-bit / 65535, other types as they are and only within [0, 1]. */
class ProbabilityMapsTest {

	@Test
	void integerMapsAreScaledByTheirTypeAndFloatMapsTakenAsTheyAre() {
		assertEquals(1, ProbabilityMaps.asProbability(ArrayImgs.unsignedBytes(new byte[] { (byte) 255 }, 1, 1, 1), false)
				.firstElement().get(), 1e-6);
		assertEquals(0.5, ProbabilityMaps.asProbability(ArrayImgs.unsignedShorts(new short[] { (short) 32768 }, 1, 1, 1), false)
				.firstElement().get(), 1e-4);
		assertEquals(0.75, ProbabilityMaps.asProbability(ArrayImgs.floats(new float[] { 0.25f }, 1, 1, 1), true).firstElement().get(), 1e-6);
		ProbabilityMaps.requireProbabilities(ArrayImgs.floats(new float[] { 0, 1 }, 2, 1, 1), null);
		ProbabilityMaps.requireProbabilities(ArrayImgs.unsignedShorts(new short[] { (short) 65535 }, 1, 1, 1), null);
	}

	@Test
	void aFloatMapOutsideTheUnitRangeIsRefusedNamingTheRange() {
		Path file = Path.of("map.tif");
		BadInputException e = assertThrows(BadInputException.class,
				() -> ProbabilityMaps.requireProbabilities(ArrayImgs.floats(new float[] { 0, 12, 255 }, 3, 1, 1), file));
		assertEquals("map.tif: probability map values run from 0.0 to 255.0: a map of Float values must lie in [0, 1] (8-bit maps are "
				+ "divided by 255, 16-bit ones by 65535)", e.getMessage());
		assertThrows(BadInputException.class, () -> ProbabilityMaps.requireProbabilities(ArrayImgs.floats(new float[] { 0.5f, Float.NaN }, 2, 1, 1), null));
	}
}
