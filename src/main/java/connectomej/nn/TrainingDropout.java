package connectomej.nn;

import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;

/**
 * Dropout during training for the model families of this package ({@link ShallowMembraneNet}, {@link UNet}): the
 * Monte Carlo dropout baseline (Gal and Ghahramani 2016, arXiv 1506.02142) needs a network trained with dropout.
 * Deeplearning4j applies a layer's dropout to that layer's input, in training mode only.
 */
public final class TrainingDropout {

	private TrainingDropout() {}

	/**
	 * Adds dropout to the input of every convolution that does not read the network input directly (dropping image
	 * pixels would only add input noise).
	 *
	 * @param configuration a graph configuration from {@link ShallowMembraneNet#configuration} or
	 *        {@link UNet#configuration}; changed in place
	 * @param rate probability of dropping an activation, in (0, 1)
	 * @return {@code configuration}
	 */
	public static ComputationGraphConfiguration add(ComputationGraphConfiguration configuration, double rate) {
		if (!(rate > 0 && rate < 1))
			throw new IllegalArgumentException("dropout rate must be in (0, 1), got " + rate);
		for (Map.Entry<String, GraphVertex> e : configuration.getVertices().entrySet()) {
			if (!(e.getValue() instanceof LayerVertex v))
				continue;
			Layer layer = v.getLayerConf().getLayer();
			boolean readsInput = configuration.getVertexInputs().get(e.getKey()).stream()
					.anyMatch(configuration.getNetworkInputs()::contains);
			if (layer instanceof ConvolutionLayer && !readsInput)
				layer.setIDropout(new Dropout(1 - rate));
		}
		return configuration;
	}
}
