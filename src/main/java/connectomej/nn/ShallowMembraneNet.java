package connectomej.nn;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The fast-pass membrane net: a few 3x3 convolutions with ReLU and a 1x1 sigmoid (or softmax) output, small
 * receptive field, built for throughput, as in the fast pass of Meirovitch et al. 2016 (arXiv 1612.02120).
 */
public final class ShallowMembraneNet {

	/**
	 * @param dimensions 2 (sections) or 3
	 * @param inputChannels channels of the input (1 for EM)
	 * @param outputChannels 1 (sigmoid, e.g. membrane probability) or more (softmax over classes)
	 * @param width feature maps per hidden layer
	 * @param convLayers number of 3x3 hidden convolutions, >= 1 (receptive field 2 * convLayers + 1)
	 * @param seed weight initialisation seed
	 * @param learningRate Adam learning rate
	 */
	public record Settings(int dimensions, int inputChannels, int outputChannels, int width, int convLayers, long seed,
			double learningRate) {

		/** 2D, one input channel, one membrane output, 4 layers of 32 maps (receptive field 9 px). */
		public static Settings membrane2d() {
			return new Settings(2, 1, 1, 32, 4, 42, 1e-3);
		}
	}

	private ShallowMembraneNet() {}

	/** The graph configuration: input "input", output "output". */
	public static ComputationGraphConfiguration configuration(Settings s) {
		Layers.check(s.dimensions(), s.inputChannels(), s.outputChannels());
		GraphBuilder g = new NeuralNetConfiguration.Builder().seed(s.seed()).dataType(DataType.FLOAT)
				.weightInit(WeightInit.RELU).updater(new Adam(s.learningRate())).graphBuilder().addInputs("input")
				.setInputTypes(Layers.input(s.dimensions(), s.inputChannels()));
		String previous = "input";
		for (int i = 0; i < s.convLayers(); i++) {
			g.addLayer("conv" + i, Layers.conv(s.dimensions(), s.width(), 3, Activation.RELU), previous);
			previous = "conv" + i;
		}
		g.addLayer("logits", Layers.conv(s.dimensions(), s.outputChannels(), 1, Activation.IDENTITY), previous);
		g.addLayer("output", Layers.loss(s.dimensions(), s.outputChannels()), "logits");
		return g.setOutputs("output").build();
	}

	/** A freshly initialised network (oneDNN fast path on unless the user disabled it). */
	public static ComputationGraph create(Settings s) {
		FastPath.enableUnlessDisabledByUser();
		ComputationGraph net = new ComputationGraph(configuration(s));
		net.init();
		return net;
	}
}
