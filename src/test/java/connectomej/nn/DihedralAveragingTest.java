package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class DihedralAveragingTest {

	/** A backend whose output at each pixel depends on that pixel only: 2 channels in, 2 out. */
	private static final InferenceBackend POINTWISE = TileFunctions.backend(2, 2, (input, width, height) -> {
		int plane = width * height;
		float[] out = new float[input.length];
		for (int i = 0; i < plane; i++) {
			out[i] = input[i] * input[plane + i];
			out[plane + i] = input[i] - 3 * input[plane + i];
		}
		return out;
	});

	/** A backend that answers each pixel's x coordinate, scaled to [0, 1], whatever the input. */
	private static final InferenceBackend X_RAMP = TileFunctions.backend(1, 1, (input, width, height) -> {
		float[] out = new float[width * height];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++)
				out[y * width + x] = x / (float) (width - 1);
		return out;
	});

	@Test
	void aPointwiseNetworkIsUnchangedOnANonSquareTile() {
		int width = 7, height = 4;
		float[] input = new float[2 * width * height];
		Random random = new Random(3);
		for (int i = 0; i < input.length; i++)
			input[i] = random.nextFloat();
		float[] averaged = new DihedralAveraging(POINTWISE).predict(input, width, height);
		assertArrayEquals(POINTWISE.predict(input, width, height), averaged, 1e-6f);
	}

	@Test
	void aPositionDependentOutputIsAveragedOverAllEightViews() {
		// x / (w - 1) under a flip becomes 1 - x / (w - 1); transposed views see y instead: every pair sums to 1.
		float[] averaged = new DihedralAveraging(X_RAMP).predict(new float[5 * 3], 5, 3);
		for (float v : averaged)
			assertEquals(0.5f, v, 1e-6f);
	}

	@Test
	void channelsAreReportedFromTheWrappedBackend() {
		DihedralAveraging averaging = new DihedralAveraging(POINTWISE);
		assertEquals(2, averaging.inputChannels());
		assertEquals(2, averaging.outputChannels());
	}
}
