package connectomej.nn;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An exponential moving average of a network's weights over training steps (Polyak and Juditsky 1992, "Acceleration
 * of stochastic approximation by averaging"; the moving form as in Tarvainen and Valpola 2017, arXiv 1703.01780).
 * At a constant learning rate Adam's weights jitter around a good point from step to step; their average sits nearer
 * to it, which is why validation and the saved model use the average.
 * <p>
 * Step t (1-based) mixes in the weights with factor {@code 1 - min(decay, (1 + t) / (10 + t))}, so the first steps
 * do not leave the random initialisation in the average for long. The step count is all the state besides the
 * averaged weights, and a resumed run recomputes it from the epochs done.
 */
final class WeightAverage {

	private final double decay;
	private final INDArray average;
	private long steps;

	/**
	 * @param decay weight of the previous average per step, in (0, 1); the average spans about 1 / (1 - decay) steps
	 * @param start the weights to start from (copied): the network's current ones, or a saved average when resuming
	 * @param stepsDone training steps already averaged
	 */
	WeightAverage(double decay, INDArray start, long stepsDone) {
		if (!(decay > 0 && decay < 1))
			throw new IllegalArgumentException("weight-average decay must be in (0, 1), got " + decay);
		this.decay = decay;
		this.average = start.dup();
		this.steps = stepsDone;
	}

	/** Mixes the network's current weights into the average: call once after each training step. */
	void update(ComputationGraph network) {
		steps++;
		double d = Math.min(decay, (1.0 + steps) / (10.0 + steps));
		average.muli(d).addi(network.params().mul(1 - d));
	}

	/** The averaged weights (a view: do not modify). */
	INDArray weights() {
		return average;
	}

	/**
	 * Puts the averaged weights into the network.
	 *
	 * @return a copy of the network's own weights, to put back with {@code network.setParams}
	 */
	INDArray swapInto(ComputationGraph network) {
		INDArray own = network.params().dup();
		network.setParams(average);
		return own;
	}
}
