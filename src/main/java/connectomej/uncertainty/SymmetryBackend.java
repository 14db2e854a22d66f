package connectomej.uncertainty;

import connectomej.nn.InferenceBackend;

/**
 * A 2D network seen through a symmetry of the square: each tile is transformed, predicted, and the prediction is
 * transformed back, so the output is aligned with the input (one sample of infer-transformation, Mi et al. 2019).
 * A fully convolutional network with a halo covering its receptive field commutes with tiling, so this is safe
 * inside tiled inference; sizes stay multiples of the network's size multiple because both axes are.
 */
public final class SymmetryBackend implements InferenceBackend {

	private final InferenceBackend network;
	private final AxisSymmetry symmetry;

	/**
	 * @param network the network, unchanged
	 * @param symmetry a 2D symmetry ({@link AxisSymmetry#all(int) all(2)})
	 */
	public SymmetryBackend(InferenceBackend network, AxisSymmetry symmetry) {
		if (symmetry.dimensions() != 2)
			throw new IllegalArgumentException("tiles are 2D: give a symmetry of the square");
		this.network = network;
		this.symmetry = symmetry;
	}

	@Override
	public int inputChannels() {
		return network.inputChannels();
	}

	@Override
	public int outputChannels() {
		return network.outputChannels();
	}

	@Override
	public float[] predict(float[] input, int width, int height) {
		int[] size = { width, height }, turned = symmetry.transformedSize(size);
		float[] prediction = network.predict(symmetry.apply(input, inputChannels(), size), turned[0], turned[1]);
		return symmetry.inverse().apply(prediction, outputChannels(), turned);
	}
}
