package connectomej.nn;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * A small U-Net (Ronneberger et al. 2015, arXiv 1505.04597) in 2D or 3D: per level two 3x3(x3) convolutions with
 * ReLU, 2x max pooling down, nearest upsampling and skip concatenation up, a 1x1 sigmoid / softmax output. 'Same'
 * padding, so input sizes must be multiples of {@link Settings#sizeMultiple()}.
 */
public final class UNet {

	/**
	 * @param dimensions 2 or 3
	 * @param inputChannels channels of the input (1 for EM)
	 * @param outputChannels 1 (sigmoid) or more (softmax), e.g. membrane, cleft, vesicle, mitochondrion
	 * @param levels resolution levels, >= 1 (4 gives widths base, 2 base, 4 base, 8 base)
	 * @param baseWidth feature maps at full resolution
	 * @param seed weight initialisation seed
	 * @param learningRate Adam learning rate
	 */
	public record Settings(int dimensions, int inputChannels, int outputChannels, int levels, int baseWidth, long seed,
			double learningRate) {

		/** 2D, one input, {@code outputs} outputs, 4 levels 16-32-64-128. */
		public static Settings default2d(int outputs) {
			return new Settings(2, 1, outputs, 4, 16, 42, 1e-3);
		}

		/** Input sizes per axis must be multiples of this: 2^(levels - 1). */
		public int sizeMultiple() {
			return 1 << (levels - 1);
		}
	}

	private UNet() {}

	/** The graph configuration: input "input", output "output". */
	public static ComputationGraphConfiguration configuration(Settings s) {
		Layers.check(s.dimensions(), s.inputChannels(), s.outputChannels());
		if (s.levels() < 1 || s.baseWidth() < 1)
			throw new IllegalArgumentException("a U-Net needs >= 1 level and width >= 1");
		GraphBuilder g = new NeuralNetConfiguration.Builder().seed(s.seed()).dataType(DataType.FLOAT)
				.weightInit(WeightInit.RELU).updater(new Adam(s.learningRate())).graphBuilder().addInputs("input")
				.setInputTypes(Layers.input(s.dimensions(), s.inputChannels()));
		String previous = "input";
		for (int level = 0; level < s.levels(); level++) {
			if (level > 0)
				g.addLayer("pool" + level, Layers.pool(s.dimensions()), previous);
			previous = doubleConv(g, s, "down" + level, level, level > 0 ? "pool" + level : previous);
		}
		for (int level = s.levels() - 2; level >= 0; level--) {
			g.addLayer("up" + level, Layers.up(s.dimensions()), previous);
			g.addVertex("skip" + level, new MergeVertex(), "up" + level, "down" + level + "b");
			previous = doubleConv(g, s, "dec" + level, level, "skip" + level);
		}
		g.addLayer("logits", Layers.conv(s.dimensions(), s.outputChannels(), 1, Activation.IDENTITY), previous);
		g.addLayer("output", Layers.loss(s.dimensions(), s.outputChannels()), "logits");
		return g.setOutputs("output").build();
	}

	private static String doubleConv(GraphBuilder g, Settings s, String name, int level, String input) {
		int width = s.baseWidth() << level;
		g.addLayer(name + "a", Layers.conv(s.dimensions(), width, 3, Activation.RELU), input);
		g.addLayer(name + "b", Layers.conv(s.dimensions(), width, 3, Activation.RELU), name + "a");
		return name + "b";
	}

	/** A freshly initialised network (oneDNN fast path on unless the user disabled it). */
	public static ComputationGraph create(Settings s) {
		FastPath.enableUnlessDisabledByUser();
		ComputationGraph net = new ComputationGraph(configuration(s));
		net.init();
		return net;
	}
}
