package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EnsembleAveragingTest {

	/** A backend that answers {@code value} times each input pixel, one channel in and out. */
	private static InferenceBackend scaling(float value) {
		return TileFunctions.backend(1, 1, (input, width, height) -> {
			float[] out = new float[input.length];
			for (int i = 0; i < out.length; i++)
				out[i] = value * input[i];
			return out;
		});
	}

	@Test
	void answersTheMeanOfItsMembersPixelByPixel() {
		float[] input = { 1, 2, 3, 4, 5, 6 };
		float[] mean = new EnsembleAveraging(List.of(scaling(1), scaling(2), scaling(6))).predict(input, 3, 2);
		assertArrayEquals(new float[] { 3, 6, 9, 12, 15, 18 }, mean, 1e-6f);
	}

	@Test
	void oneMemberIsItself() {
		float[] input = { 1, -2, 0.5f, 4 };
		assertArrayEquals(scaling(3).predict(input, 2, 2), new EnsembleAveraging(List.of(scaling(3))).predict(input, 2, 2), 0f);
	}

	@Test
	void refusesNoMembersAndMembersOfOtherChannels() {
		assertThrows(IllegalArgumentException.class, () -> new EnsembleAveraging(List.of()));
		InferenceBackend twoOut = TileFunctions.backend(1, 2, (input, width, height) -> new float[2 * input.length]);
		var e = assertThrows(IllegalArgumentException.class, () -> new EnsembleAveraging(List.of(scaling(1), twoOut)));
		assertTrue(e.getMessage().contains("1 -> 1 against 1 -> 2"), e.getMessage());
	}
}
