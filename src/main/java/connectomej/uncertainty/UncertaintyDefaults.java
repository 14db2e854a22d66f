package connectomej.uncertainty;

import java.util.List;

import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Default perturbations, chosen by {@link PerturbationSweep} on the ISBI 2012 and EPFL validation sections (see
 * ACCURACY.md, "Issue 8: uncertainty"): the strongest perturbation whose predictions keep pixel F1 and ROC AUC
 * within the tolerance of the unperturbed model.
 */
public final class UncertaintyDefaults {

	/** Noise standard deviation, activation units: chosen at the last hidden layer on ISBI 2012 (K = 4, slice 20). */
	public static final double SIGMA = 0.3;

	/** Dropout rate: chosen at the last hidden layer on ISBI 2012 (K = 4, slice 20). */
	public static final double RATE = 0.03;

	private UncertaintyDefaults() {}

	/**
	 * The default perturbed layer: the last hidden layer, the one feeding the logits (the sweep's choice for noise on
	 * ISBI 2012; for dropout the sweep kept it too, though its variance ranked errors worse than earlier layers').
	 */
	public static int layer(ComputationGraph network) {
		List<String> layers = PerturbedNetworks.layers(network);
		return Math.max(0, layers.size() - 2);
	}
}
