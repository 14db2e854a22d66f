package connectomej.uncertainty;

import java.util.function.IntToDoubleFunction;

import connectomej.nn.InferenceBackend;
import connectomej.nn.TileFunctions;

/** Tiny backends for tests: one channel in, one out. */
final class FakeBackends {

	private FakeBackends() {}

	/** A backend whose output at voxel i of a tile is f(i) + the input, whatever the tile size. */
	static InferenceBackend of(IntToDoubleFunction f) {
		return TileFunctions.backend(1, 1, (input, width, height) -> {
			float[] out = new float[input.length];
			for (int i = 0; i < out.length; i++)
				out[i] = (float) (input[i] + f.applyAsDouble(i));
			return out;
		});
	}
}
