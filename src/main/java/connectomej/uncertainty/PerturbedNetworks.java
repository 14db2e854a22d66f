package connectomej.uncertainty;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.io.BadInputException;

/**
 * Copies of a trained Deeplearning4j graph with one layer's activations perturbed (infer-noise, infer-dropout; Mi et
 * al. 2019, arXiv 1910.04858). The copy has the same configuration except the chosen layer's activation function,
 * wrapped in a {@link PerturbedActivation}, and the same parameters: no retraining.
 */
public final class PerturbedNetworks {

	private PerturbedNetworks() {}

	/**
	 * The layers that can be perturbed, in topological order: every layer with an activation function (convolutions,
	 * the logits) except the network's output (loss) layers. {@link Perturbation#layer()} indexes this list.
	 */
	public static List<String> layers(ComputationGraph network) {
		ComputationGraphConfiguration conf = network.getConfiguration();
		List<String> names = new ArrayList<>();
		for (String name : conf.getTopologicalOrderStr())
			if (conf.getVertices().get(name) instanceof LayerVertex v && v.getLayerConf().getLayer() instanceof BaseLayer
					&& !conf.getNetworkOutputs().contains(name))
				names.add(name);
		return names;
	}

	/**
	 * A copy of {@code network} with one layer perturbed.
	 *
	 * @throws BadInputException if the network has no such layer; the message lists the valid ones
	 */
	public static ComputationGraph perturbed(ComputationGraph network, Perturbation perturbation) {
		String name = layerName(network, perturbation.layer());
		ComputationGraphConfiguration conf = network.getConfiguration().clone();
		BaseLayer layer = (BaseLayer) ((LayerVertex) conf.getVertices().get(name)).getLayerConf().getLayer();
		layer.setActivationFn(new PerturbedActivation(layer.getActivationFn(), perturbation));
		ComputationGraph copy = new ComputationGraph(conf);
		copy.init(network.params(), true);
		return copy;
	}

	/**
	 * The name of perturbable layer {@code index}.
	 *
	 * @throws BadInputException if there is no such layer, listing the valid indices with their names
	 */
	public static String layerName(ComputationGraph network, int index) {
		List<String> names = layers(network);
		if (index < 0 || index >= names.size())
			throw new BadInputException(null, "the model has no layer " + index + "; valid layers: " + describe(names));
		return names.get(index);
	}

	private static String describe(List<String> names) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < names.size(); i++)
			s.append(i == 0 ? "" : ", ").append(i).append(' ').append(names.get(i));
		return s.toString();
	}
}
