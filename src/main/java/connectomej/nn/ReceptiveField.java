package connectomej.nn;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.Subsampling3DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.Upsampling3D;

/**
 * The receptive field of a fully convolutional network, computed from its layer configuration: every output voxel
 * depends on at most {@link #size()} input voxels per axis.
 * <p>
 * Per layer with kernel k, dilation d, stride s (pooling alike): size grows by (d (k - 1)) * jump and jump is
 * multiplied by s; upsampling by f divides the jump by f. Where branches merge (U-Net skips), the larger field wins.
 * Layers without a spatial extent (activations, losses, normalization) leave it unchanged. See Araujo et al. 2019,
 * "Computing receptive fields of convolutional neural networks", Distill.
 *
 * @param size receptive field per axis in input voxels, axes x, y (, z)
 * @param jump distance in input voxels between neighbouring voxels of the output, per axis x, y (, z)
 */
public record ReceptiveField(long[] size, double[] jump) {

	/** The field of a network with no layers: one voxel. */
	public static ReceptiveField identity(int dimensions) {
		long[] size = new long[dimensions];
		double[] jump = new double[dimensions];
		Arrays.fill(size, 1);
		Arrays.fill(jump, 1);
		return new ReceptiveField(size, jump);
	}

	/**
	 * The field at the first output of a graph, over its first input.
	 *
	 * @param conf a fully convolutional graph of 2D or 3D layers
	 * @param dimensions 2 or 3
	 */
	public static ReceptiveField of(ComputationGraphConfiguration conf, int dimensions) {
		Map<String, ReceptiveField> done = new HashMap<>();
		for (String in : conf.getNetworkInputs())
			done.put(in, identity(dimensions));
		return at(conf, conf.getNetworkOutputs().get(0), done);
	}

	private static ReceptiveField at(ComputationGraphConfiguration conf, String vertex, Map<String, ReceptiveField> done) {
		ReceptiveField known = done.get(vertex);
		if (known != null)
			return known;
		ReceptiveField in = null;
		for (String input : conf.getVertexInputs().get(vertex))
			in = in == null ? at(conf, input, done) : in.union(at(conf, input, done));
		ReceptiveField out = in.through(conf.getVertices().get(vertex));
		done.put(vertex, out);
		return out;
	}

	/** The field after one more graph vertex (layers change it, merges and element-wise vertices do not). */
	ReceptiveField through(GraphVertex vertex) {
		return vertex instanceof LayerVertex lv ? through(lv.getLayerConf().getLayer()) : this;
	}

	/** The field after one more layer. */
	public ReceptiveField through(Layer layer) {
		if (layer instanceof ConvolutionLayer c)
			return window(c.getKernelSize(), c.getStride(), c.getDilation());
		if (layer instanceof SubsamplingLayer p)
			return window(p.getKernelSize(), p.getStride(), p.getDilation());
		if (layer instanceof Subsampling3DLayer p)
			return window(p.getKernelSize(), p.getStride(), p.getDilation());
		if (layer instanceof Upsampling2D u)
			return upsampled(u.getSize());
		if (layer instanceof Upsampling3D u)
			return upsampled(u.getSize());
		return this;
	}

	/** Kernel, stride, dilation in Deeplearning4j's axis order ([h, w] or [d, h, w]). */
	private ReceptiveField window(int[] kernel, int[] stride, int[] dilation) {
		long[] s = size.clone();
		double[] j = jump.clone();
		for (int a = 0; a < s.length; a++) {
			int i = kernel.length - 1 - a;
			int dil = dilation == null || dilation.length == 0 ? 1 : dilation[dilation.length == 1 ? 0 : i];
			s[a] += (long) Math.ceil(dil * (kernel[i] - 1) * jump[a]);
			j[a] *= stride[i];
		}
		return new ReceptiveField(s, j);
	}

	private ReceptiveField upsampled(int[] factor) {
		double[] j = jump.clone();
		for (int a = 0; a < j.length; a++)
			j[a] /= factor[factor.length == 1 ? 0 : factor.length - 1 - a];
		return new ReceptiveField(size.clone(), j);
	}

	/** Where two branches merge: the larger size and the finer jump per axis. */
	public ReceptiveField union(ReceptiveField other) {
		long[] s = size.clone();
		double[] j = jump.clone();
		for (int a = 0; a < s.length; a++) {
			s[a] = Math.max(s[a], other.size[a]);
			j[a] = Math.min(j[a], other.jump[a]);
		}
		return new ReceptiveField(s, j);
	}

	/** Voxels an output voxel reads on each side, per axis x, y (, z): ceil((size - 1) / 2). */
	public long[] radius() {
		long[] r = new long[size.length];
		for (int a = 0; a < r.length; a++)
			r[a] = size[a] / 2;
		return r;
	}

	/** Number of axes. */
	public int dimensions() {
		return size.length;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ReceptiveField r && Arrays.equals(size, r.size) && Arrays.equals(jump, r.jump);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(size) * 31 + Arrays.hashCode(jump);
	}

	@Override
	public String toString() {
		return "receptive field " + Arrays.toString(size) + " voxels (x, y[, z])";
	}
}
