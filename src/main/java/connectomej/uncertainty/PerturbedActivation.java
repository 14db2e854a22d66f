package connectomej.uncertainty;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A layer's activation function followed by a perturbation of its output, applied at inference time too (which
 * Deeplearning4j's own dropout and {@code GaussianNoise} are not: they act on a layer's input in training mode only).
 * Noise adds N(0, sigma^2) to every activation; dropout zeroes each activation with probability {@code rate} and
 * scales the rest by 1 / (1 - rate) (inverted dropout, the expectation is unchanged). Random numbers come from the
 * calling thread's {@code Nd4j.getRandom()}. Inference only: there is no gradient.
 */
public final class PerturbedActivation extends BaseActivationFunction {

	private static final long serialVersionUID = 1L;

	private final IActivation original;
	private final Perturbation perturbation;

	/**
	 * @param original the layer's own activation function, applied first
	 * @param perturbation what to do to its output
	 */
	public PerturbedActivation(IActivation original, Perturbation perturbation) {
		this.original = original;
		this.perturbation = perturbation;
	}

	@Override
	public INDArray getActivation(INDArray in, boolean training) {
		INDArray out = original.getActivation(in, training);
		double amount = perturbation.amount();
		if (perturbation.kind() == Perturbation.Kind.NOISE)
			return out.addi(Nd4j.randn(out.dataType(), out.shape()).muli(amount));
		INDArray kept = Nd4j.rand(out.dataType(), out.shape()).gt(amount).castTo(out.dataType());
		return out.muli(kept).divi(1 - amount);
	}

	@Override
	public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
		throw new UnsupportedOperationException("perturbed networks are for inference only");
	}

	@Override
	public String toString() {
		return original + " then " + perturbation;
	}
}
