package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ReceptiveFieldTest {

	@Test
	void shallowNetOfFourConvolutionsSeesNinePixels() {
		ReceptiveField rf = ReceptiveField.of(ShallowMembraneNet.configuration(ShallowMembraneNet.Settings.membrane2d()), 2);
		assertArrayEquals(new long[] { 9, 9 }, rf.size());
		assertArrayEquals(new long[] { 4, 4 }, rf.radius());
	}

	@Test
	void poolingDoublesTheGrowthOfLaterLayers() {
		// conv 3 -> 3; pool 2 stride 2 -> 4 (jump 2); conv 3 -> 4 + 2 * 2 = 8
		ReceptiveField rf = ReceptiveField.of(chain(conv(3, 3, 1), pool(), conv(3, 3, 1)), 2);
		assertArrayEquals(new long[] { 8, 8 }, rf.size());
		assertArrayEquals(new double[] { 2, 2 }, rf.jump());
	}

	@Test
	void dilationAndAnisotropicKernelsFollowAxisOrderXy() {
		// kernel [h, w] = [3, 5] with dilation 2: effective 5 along y, 9 along x
		ReceptiveField rf = ReceptiveField.of(chain(conv(3, 5, 2)), 2);
		assertArrayEquals(new long[] { 9, 5 }, rf.size());
	}

	@Test
	void twoLevelUNetByHand() {
		// down0: 3, 5; pool: 6 (jump 2); down1: 10, 14; up (jump 1), merge; dec0: 16, 18; 1x1 logits: 18
		ReceptiveField rf = ReceptiveField.of(UNet.configuration(new UNet.Settings(2, 1, 1, 2, 4, 1, 1e-3)), 2);
		assertArrayEquals(new long[] { 18, 18 }, rf.size());
		assertArrayEquals(new double[] { 1, 1 }, rf.jump());
	}

	@Test
	void threeDimensionalUNetHasThreeAxes() {
		ReceptiveField rf = ReceptiveField.of(UNet.configuration(new UNet.Settings(3, 1, 2, 2, 2, 1, 1e-3)), 3);
		assertArrayEquals(new long[] { 18, 18, 18 }, rf.size());
	}

	@Test
	void changingOnePixelChangesOutputsOnlyInsideTheField() {
		UNet.Settings s = new UNet.Settings(2, 1, 1, 2, 4, 7, 1e-3);
		ComputationGraph net = UNet.create(s);
		long[] radius = ReceptiveField.of(net.getConfiguration(), 2).radius();
		INDArray x = Nd4j.rand(DataType.FLOAT, 1, 1, 64, 64);
		INDArray before = net.outputSingle(x).dup();
		x.putScalar(new long[] { 0, 0, 32, 32 }, 50f);
		INDArray changed = net.outputSingle(x).sub(before);
		long reach = 0;
		for (int y = 0; y < 64; y++)
			for (int xx = 0; xx < 64; xx++)
				if (changed.getFloat(0, 0, y, xx) != 0)
					reach = Math.max(reach, Math.max(Math.abs(y - 32), Math.abs(xx - 32)));
		assertTrue(reach > 0, "the perturbation changed nothing");
		assertTrue(reach <= radius[0], "changes reach " + reach + " px, receptive field radius " + radius[0]);
	}

	private static Layer conv(int kh, int kw, int dilation) {
		return new ConvolutionLayer.Builder(kh, kw).nOut(2).dilation(dilation, dilation)
				.convolutionMode(ConvolutionMode.Same).build();
	}

	private static Layer pool() {
		return new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
	}

	private static ComputationGraphConfiguration chain(Layer... layers) {
		var g = new NeuralNetConfiguration.Builder().graphBuilder().addInputs("in")
				.setInputTypes(InputType.convolutional(32, 32, 1));
		String previous = "in";
		for (int i = 0; i < layers.length; i++) {
			g.addLayer("l" + i, layers[i], previous);
			previous = "l" + i;
		}
		return g.setOutputs(previous).build();
	}

	@Test
	void identityIsOneVoxel() {
		assertEquals(ReceptiveField.identity(3), new ReceptiveField(new long[] { 1, 1, 1 }, new double[] { 1, 1, 1 }));
	}
}
