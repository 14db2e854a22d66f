package connectomej.merge;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution3D;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.Subsampling3DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

import connectomej.nn.FastPath;

/**
 * The MergeNet classifier (Rolnick et al. 2017, arXiv 1705.10882): it sees only an object's mask in a window and
 * says whether two neurons were merged. Blocks of 3^d convolution (ReLU) + 2^d max pooling, one dense ReLU layer,
 * one sigmoid output (probability of a merge). 3D for volumes, 2D for merged MNIST. Input "input" (NCDHW or NCHW,
 * grid^d cells), output "output" (batch x 1).
 */
public final class MergeNet {

	/** The model task name in model files. */
	public static final String TASK = "mergenet";

	/**
	 * @param dimensions 2 or 3
	 * @param grid input cells per axis; divisible by 2^(widths.length)
	 * @param widths feature maps of each convolution block
	 * @param dense units of the dense layer
	 * @param seed weight initialisation seed
	 * @param learningRate Adam learning rate
	 */
	public record Settings(int dimensions, int grid, int[] widths, int dense, long seed, double learningRate) {

		/** The 3D default: 24^3 input, blocks of 8, 16, 32 maps, 64 dense units. */
		public static Settings volume(int grid, long seed) {
			return new Settings(3, grid, new int[] { 8, 16, 32 }, 64, seed, 1e-3);
		}

		/** The 2D variant for merged MNIST. */
		public static Settings sections(int grid, long seed) {
			return new Settings(2, grid, new int[] { 16, 32, 64 }, 64, seed, 1e-3);
		}
	}

	private MergeNet() {}

	/** The graph configuration. */
	public static ComputationGraphConfiguration configuration(Settings s) {
		if (s.dimensions() != 2 && s.dimensions() != 3)
			throw new IllegalArgumentException("MergeNet is 2D or 3D, not " + s.dimensions() + "D");
		if (s.grid() % (1 << s.widths().length) != 0)
			throw new IllegalArgumentException("grid " + s.grid() + " is not divisible by 2^" + s.widths().length);
		GraphBuilder g = new NeuralNetConfiguration.Builder().seed(s.seed()).dataType(DataType.FLOAT)
				.weightInit(WeightInit.RELU).updater(new Adam(s.learningRate())).graphBuilder().addInputs("input")
				.setInputTypes(input(s));
		String previous = "input";
		for (int i = 0; i < s.widths().length; i++) {
			g.addLayer("conv" + i, conv(s.dimensions(), s.widths()[i]), previous);
			g.addLayer("pool" + i, pool(s.dimensions()), "conv" + i);
			previous = "pool" + i;
		}
		g.addLayer("dense", new DenseLayer.Builder().nOut(s.dense()).activation(Activation.RELU).build(), previous);
		g.addLayer("output", new OutputLayer.Builder(LossFunction.XENT).nOut(1).activation(Activation.SIGMOID)
				.weightInit(WeightInit.XAVIER).build(), "dense");
		return g.setOutputs("output").build();
	}

	/** A freshly initialised network. */
	public static ComputationGraph create(Settings s) {
		FastPath.enableUnlessDisabledByUser();
		ComputationGraph net = new ComputationGraph(configuration(s));
		net.init();
		return net;
	}

	private static InputType input(Settings s) {
		int g = s.grid();
		return s.dimensions() == 2 ? InputType.convolutional(g, g, 1)
				: InputType.convolutional3D(Convolution3D.DataFormat.NCDHW, g, g, g, 1);
	}

	private static Layer conv(int dims, int nOut) {
		if (dims == 2)
			return new ConvolutionLayer.Builder(3, 3).nOut(nOut).convolutionMode(ConvolutionMode.Same)
					.activation(Activation.RELU).build();
		return new Convolution3D.Builder(3, 3, 3).nOut(nOut).convolutionMode(ConvolutionMode.Same)
				.dataFormat(Convolution3D.DataFormat.NCDHW).activation(Activation.RELU).build();
	}

	private static Layer pool(int dims) {
		if (dims == 2)
			return new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
		return new Subsampling3DLayer.Builder(Subsampling3DLayer.PoolingType.MAX, new int[] { 2, 2, 2 }, new int[] { 2, 2, 2 })
				.dataFormat(Convolution3D.DataFormat.NCDHW).build();
	}
}
