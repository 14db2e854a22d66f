package connectomej.nn;

/** Backends for tests that compute a tile with a plain function instead of a network. */
public final class TileFunctions {

	/** A tile's output from its input: arrays laid out as {@link InferenceBackend#predict} describes. */
	@FunctionalInterface
	public interface TileFunction {
		float[] apply(float[] input, int width, int height);
	}

	private TileFunctions() {}

	/** A backend with the given channel counts that answers each tile with {@code f}. */
	public static InferenceBackend backend(int inputChannels, int outputChannels, TileFunction f) {
		return new InferenceBackend() {

			@Override
			public int inputChannels() {
				return inputChannels;
			}

			@Override
			public int outputChannels() {
				return outputChannels;
			}

			@Override
			public float[] predict(float[] input, int width, int height) {
				return f.apply(input, width, height);
			}
		};
	}
}
