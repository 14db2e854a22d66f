package connectomej.nn;

/**
 * Runs a network on one 2D tile. Implementations must be safe to call from several threads at once: tiled
 * inference submits tiles in parallel. Two implementations are planned: Deeplearning4j ({@link Dl4jBackend}, the
 * reference) and the project's own engine ({@code nn/engine}).
 */
public interface InferenceBackend {

	/** Channels the network reads. */
	int inputChannels();

	/** Channels the network writes (after its output activation: probabilities). */
	int outputChannels();

	/**
	 * Predicts one tile.
	 *
	 * @param input {@code inputChannels() * height * width} normalized values, channel by channel, each channel
	 *        row by row (x fastest, then y)
	 * @param width tile width (x), voxels
	 * @param height tile height (y), voxels
	 * @return {@code outputChannels() * height * width} values laid out like the input
	 */
	float[] predict(float[] input, int width, int height);
}
