package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FastPathTest {

	@AfterEach
	void restore() {
		FastPath.enable(true);
	}

	@Test
	void oneDnnHelperLoadsAndAgreesWithDefaultPath() {
		FastPath.enable(false);
		MultiLayerNetwork slow = conv();
		assertNull(slow.getLayer(0).getHelper());
		FastPath.enable(true);
		assertTrue(FastPath.isActive(), "oneDNN helpers should be available with the -onednn classifier");
		MultiLayerNetwork fast = conv();
		assertNotNull(fast.getLayer(0).getHelper());
		fast.setParams(slow.params());
		INDArray x = Nd4j.rand(DataType.FLOAT, 2, 3, 17, 13);
		INDArray expected = slow.output(x), actual = fast.output(x);
		double maxDiff = expected.sub(actual).amaxNumber().doubleValue();
		assertTrue(maxDiff < 1e-4 * Math.max(1, expected.amaxNumber().doubleValue()), "max difference " + maxDiff);
		assertEquals(expected.shape().length, actual.shape().length);
	}

	private static MultiLayerNetwork conv() {
		MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3)
				.dataType(DataType.FLOAT).list()
				.layer(new ConvolutionLayer.Builder(3, 3).nIn(3).nOut(5).convolutionMode(ConvolutionMode.Same)
						.activation(Activation.RELU).build())
				.setInputType(InputType.convolutional(17, 13, 3)).build());
		net.init();
		return net;
	}
}
