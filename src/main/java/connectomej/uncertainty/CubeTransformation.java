package connectomej.uncertainty;

import java.util.List;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * infer-transformation for 3D models (Mi et al. 2019, arXiv 1910.04858): a block is predicted under the symmetries
 * of the cube (up to 48: axis permutations and flips, {@link AxisSymmetry#all(int) all(3)}), each prediction mapped
 * back, and the mean and variance taken per voxel. The block is predicted whole (3D models have no tiled path yet);
 * give it a margin of the receptive field where the borders matter.
 */
public final class CubeTransformation {

	private CubeTransformation() {}

	/**
	 * Mean and variance of a 3D network's output over the first {@code samples} cube symmetries.
	 *
	 * @param network a 3D graph, one input and one output, NCDHW; a network object is not thread-safe
	 * @param input {@code channels} blocks one after the other, each x fastest, then y, then z, normalized
	 * @param channels input channels
	 * @param size block size x, y, z, voxels (multiples of the network's size multiple)
	 * @param samples K in [2, 48]
	 * @return {@code {mean, variance}}, each {@code outputChannels * x * y * z} laid out like the input; variance
	 *         divided by K - 1
	 */
	public static float[][] meanAndVariance(ComputationGraph network, float[] input, int channels, int[] size, int samples) {
		List<AxisSymmetry> group = AxisSymmetry.all(3);
		if (samples < 2 || samples > group.size())
			throw new IllegalArgumentException("a cube has 48 symmetries: K must be in [2, 48], got " + samples);
		double[] mean = null, squares = null;
		for (int k = 0; k < samples; k++) {
			AxisSymmetry s = group.get(k);
			int[] turned = s.transformedSize(size);
			float[] raw = predict(network, s.apply(input, channels, size), channels, turned);
			int outChannels = raw.length / (turned[0] * turned[1] * turned[2]);
			float[] p = s.inverse().apply(raw, outChannels, turned);
			if (mean == null) {
				mean = new double[p.length];
				squares = new double[p.length];
			}
			for (int i = 0; i < p.length; i++) {
				double d = p[i] - mean[i];
				mean[i] += d / (k + 1);
				squares[i] += d * (p[i] - mean[i]);
			}
		}
		float[][] out = new float[2][mean.length];
		for (int i = 0; i < mean.length; i++) {
			out[0][i] = (float) mean[i];
			out[1][i] = (float) (squares[i] / (samples - 1));
		}
		return out;
	}

	private static float[] predict(ComputationGraph network, float[] input, int channels, int[] size) {
		INDArray x = Nd4j.create(input, new long[] { 1, channels, size[2], size[1], size[0] }, 'c');
		return network.outputSingle(x).dup('c').reshape(-1).toFloatVector();
	}
}
