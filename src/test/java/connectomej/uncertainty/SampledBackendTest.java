package connectomej.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import connectomej.nn.InferenceBackend;

class SampledBackendTest {

	@Test
	void meanThenUnbiasedVariancePerVoxel() {
		// samples add 1, 2, 6 to voxel 0 and 0, 0, 0 to voxel 1: mean 3 and 0, variance (4 + 1 + 9) / 2 = 7 and 0
		double[] shift = { 1, 2, 6 };
		List<InferenceBackend> samples = List.of(FakeBackends.of(i -> i == 0 ? shift[0] : 0),
				FakeBackends.of(i -> i == 0 ? shift[1] : 0), FakeBackends.of(i -> i == 0 ? shift[2] : 0));
		SampledBackend sampled = new SampledBackend(samples);
		assertEquals(2, sampled.outputChannels());
		assertArrayEquals(new float[] { 3, 0.5f, 7, 0 }, sampled.predict(new float[] { 0, 0.5f }, 2, 1), 1e-6f);
	}

	@Test
	void oneSampleIsNotEnough() {
		assertThrows(IllegalArgumentException.class, () -> new SampledBackend(List.of(FakeBackends.of(i -> 0))));
	}
}
