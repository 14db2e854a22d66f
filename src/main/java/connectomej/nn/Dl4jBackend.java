package connectomej.nn;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link InferenceBackend} on a Deeplearning4j graph. A network object is not thread-safe, so the backend keeps
 * one copy per concurrent caller and lends them out.
 */
public final class Dl4jBackend implements InferenceBackend {

	private final BlockingQueue<ComputationGraph> copies;
	private final int inputChannels, outputChannels;
	private final boolean dropoutOn;

	/**
	 * @param network a 2D fully convolutional graph with one input and one output, NCHW
	 * @param inputChannels channels it reads
	 * @param outputChannels channels it writes
	 * @param concurrency how many tiles may run at once (copies of the network kept), >= 1
	 */
	public Dl4jBackend(ComputationGraph network, int inputChannels, int outputChannels, int concurrency) {
		this(network, inputChannels, outputChannels, concurrency, false);
	}

	/**
	 * As {@link #Dl4jBackend(ComputationGraph, int, int, int)}, optionally with the network's training-time dropout
	 * left on (Deeplearning4j's training mode; the suite's nets have no batch statistics it would also switch): each
	 * prediction is then one Monte Carlo dropout sample, random numbers from the calling thread.
	 */
	public Dl4jBackend(ComputationGraph network, int inputChannels, int outputChannels, int concurrency, boolean dropoutOn) {
		this.dropoutOn = dropoutOn;
		this.inputChannels = inputChannels;
		this.outputChannels = outputChannels;
		copies = new ArrayBlockingQueue<>(concurrency);
		copies.add(network);
		for (int i = 1; i < concurrency; i++)
			copies.add(network.clone());
	}

	/** The backend for a stored model, with {@code concurrency} copies of its network. */
	public static Dl4jBackend of(StoredModel model, int concurrency) {
		return new Dl4jBackend(model.network(), model.info().inputChannels(), model.info().outputChannelCount(),
				concurrency);
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
		ComputationGraph net = borrow();
		try {
			INDArray x = Nd4j.create(input, new long[] { 1, inputChannels, height, width }, 'c');
			return net.outputSingle(dropoutOn, x).dup('c').reshape(-1).toFloatVector();
		} finally {
			copies.add(net);
		}
	}

	private ComputationGraph borrow() {
		try {
			return copies.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a network copy", e);
		}
	}
}
