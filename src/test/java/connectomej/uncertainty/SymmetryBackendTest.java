package connectomej.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import connectomej.nn.InferenceBackend;

class SymmetryBackendTest {

	@Test
	void equivariantNetworkGivesTheSameAnswerUnderEverySymmetry() {
		InferenceBackend pointwise = FakeBackends.of(i -> 0);
		float[] tile = { 1, 2, 3, 4, 5, 6 };
		for (AxisSymmetry s : AxisSymmetry.all(2))
			assertArrayEquals(tile, new SymmetryBackend(pointwise, s).predict(tile, 3, 2), s.toString());
	}

	@Test
	void positionDependentNetworkIsMappedBackToTheInputGrid() {
		// adds its own memory index: under a mirror in x, voxel (0, 0) is predicted at index 2 of the mirrored tile
		InferenceBackend positional = FakeBackends.of(i -> 10 * i);
		AxisSymmetry mirrorX = new AxisSymmetry(new int[] { 0, 1 }, new boolean[] { true, false });
		float[] out = new SymmetryBackend(positional, mirrorX).predict(new float[6], 3, 2);
		assertArrayEquals(new float[] { 20, 10, 0, 50, 40, 30 }, out);
		assertNotEquals(Arrays.toString(positional.predict(new float[6], 3, 2)), Arrays.toString(out));
	}
}
