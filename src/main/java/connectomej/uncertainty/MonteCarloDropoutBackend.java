package connectomej.uncertainty;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import connectomej.nn.InferenceBackend;

/**
 * A network trained with dropout, run with its dropout on: one sample of Monte Carlo dropout (Gal and Ghahramani
 * 2016, arXiv 1506.02142), the baseline that needs a specially trained model. Deeplearning4j's training mode only
 * switches dropout (and batch statistics, which the suite's networks do not have). Keeps one network copy per
 * concurrent caller, like {@link connectomej.nn.Dl4jBackend}; random numbers come from the calling thread.
 */
public final class MonteCarloDropoutBackend implements InferenceBackend {

	private final BlockingQueue<ComputationGraph> copies;
	private final int inputChannels, outputChannels;

	/**
	 * @param network a 2D graph trained with dropout, one input and one output, NCHW
	 * @param inputChannels channels it reads
	 * @param outputChannels channels it writes
	 * @param concurrency copies kept, >= 1
	 */
	public MonteCarloDropoutBackend(ComputationGraph network, int inputChannels, int outputChannels, int concurrency) {
		this.inputChannels = inputChannels;
		this.outputChannels = outputChannels;
		copies = new ArrayBlockingQueue<>(concurrency);
		copies.add(network);
		for (int i = 1; i < concurrency; i++)
			copies.add(network.clone());
	}

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
		ComputationGraph net;
		try {
			net = copies.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a network copy", e);
		}
		try {
			INDArray x = Nd4j.create(input, new long[] { 1, inputChannels, height, width }, 'c');
			return net.outputSingle(true, x).dup('c').reshape(-1).toFloatVector();
		} finally {
			copies.add(net);
		}
	}
}
