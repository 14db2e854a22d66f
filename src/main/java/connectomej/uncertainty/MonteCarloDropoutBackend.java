package connectomej.uncertainty;

import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.nn.Dl4jBackend;
import connectomej.nn.InferenceBackend;

/**
 * A network trained with dropout, run with its dropout on: one sample of Monte Carlo dropout (Gal and Ghahramani
 * 2016, arXiv 1506.02142), the baseline that needs a specially trained model. Deeplearning4j's training mode only
 * switches dropout (and batch statistics, which the suite's networks do not have): a {@link Dl4jBackend} with its
 * dropout left on; random numbers come from the calling thread.
 */
public final class MonteCarloDropoutBackend {

	private MonteCarloDropoutBackend() {}

	/**
	 * @param network a 2D graph trained with dropout, one input and one output, NCHW
	 * @param inputChannels channels it reads
	 * @param outputChannels channels it writes
	 * @param concurrency copies kept, >= 1
	 * @return a backend whose every prediction is one dropout sample
	 */
	public static InferenceBackend of(ComputationGraph network, int inputChannels, int outputChannels, int concurrency) {
		return new Dl4jBackend(network, inputChannels, outputChannels, concurrency, true);
	}
}
