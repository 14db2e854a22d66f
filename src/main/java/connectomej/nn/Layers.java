package connectomej.nn;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Cnn3DLossLayer;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.Convolution3D;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.Subsampling3DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.Upsampling3D;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Layer configurations in 2D (NCHW) or 3D (NCDHW), 'same' padding, for the model families of this package. */
final class Layers {

	private Layers() {}

	/** A k^dims convolution with ReLU (or the given activation), 'same' padding. */
	static Layer conv(int dims, int nOut, int k, Activation activation) {
		if (dims == 2)
			return new ConvolutionLayer.Builder(k, k).nOut(nOut).convolutionMode(ConvolutionMode.Same)
					.activation(activation).build();
		return new Convolution3D.Builder(k, k, k).nOut(nOut).convolutionMode(ConvolutionMode.Same)
				.dataFormat(Convolution3D.DataFormat.NCDHW).activation(activation).build();
	}

	/** 2^dims max pooling, stride 2. */
	static Layer pool(int dims) {
		if (dims == 2)
			return new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
					.convolutionMode(ConvolutionMode.Same).build();
		return new Subsampling3DLayer.Builder(Subsampling3DLayer.PoolingType.MAX, new int[] { 2, 2, 2 }, new int[] { 2, 2, 2 })
				.convolutionMode(ConvolutionMode.Same).dataFormat(Convolution3D.DataFormat.NCDHW).build();
	}

	/** Nearest-neighbour upsampling by 2 per axis. */
	static Layer up(int dims) {
		return dims == 2 ? new Upsampling2D.Builder(2).build()
				: new Upsampling3D.Builder(2).dataFormat(Convolution3D.DataFormat.NCDHW).build();
	}

	/** Per-voxel loss: sigmoid + binary cross-entropy for one channel, softmax + cross-entropy for several. */
	static Layer loss(int dims, int channels) {
		Activation a = channels == 1 ? Activation.SIGMOID : Activation.SOFTMAX;
		LossFunction f = channels == 1 ? LossFunction.XENT : LossFunction.MCXENT;
		if (dims == 2)
			return new CnnLossLayer.Builder(f).activation(a).build();
		return new Cnn3DLossLayer.Builder(Convolution3D.DataFormat.NCDHW).lossFunction(f).activation(a).build();
	}

	/** The input type used to infer layer widths; the built network accepts any spatial size. */
	static InputType input(int dims, int channels) {
		return dims == 2 ? InputType.convolutional(64, 64, channels)
				: InputType.convolutional3D(Convolution3D.DataFormat.NCDHW, 16, 16, 16, channels);
	}

	static void check(int dims, int inputChannels, int outputChannels) {
		if (dims != 2 && dims != 3)
			throw new IllegalArgumentException("networks are 2D or 3D, not " + dims + "D");
		if (inputChannels < 1 || outputChannels < 1)
			throw new IllegalArgumentException("channel counts must be >= 1");
	}
}
