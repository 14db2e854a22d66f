package connectomej.uncertainty;

import java.util.Arrays;

import org.nd4j.linalg.factory.Nd4j;

import connectomej.nn.InferenceBackend;

/**
 * A stochastic network made reproducible: before each tile, the calling thread's ND4J random generator (the one
 * noise and dropout draw from) is seeded from the sample's seed and the tile's content and size. The same tiles
 * give the same result whatever the thread or order they run in.
 */
public final class SeededBackend implements InferenceBackend {

	private final InferenceBackend network;
	private final long seed;

	/**
	 * @param network a network whose randomness comes from {@code Nd4j.getRandom()} on the calling thread
	 * @param seed the sample's seed
	 */
	public SeededBackend(InferenceBackend network, long seed) {
		this.network = network;
		this.seed = seed;
	}

	@Override
	public int inputChannels() {
		return network.inputChannels();
	}

	@Override
	public int outputChannels() {
		return network.outputChannels();
	}

	@Override
	public float[] predict(float[] input, int width, int height) {
		long tile = Arrays.hashCode(input) * 0x9E3779B97F4A7C15L + width * 31L + height;
		Nd4j.getRandom().setSeed(seed * 0xBF58476D1CE4E5B9L ^ tile);
		return network.predict(input, width, height);
	}
}
