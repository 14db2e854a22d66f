package connectomej.nn;

import java.util.HashMap;
import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;

/**
 * Floating-point operations a fully convolutional network spends per output voxel, counted from its layer
 * configuration: each convolution costs 2 * (kernel volume) * nIn * nOut per voxel of its own output, which is
 * 1 / (jump^dims) of the network's output voxels at a coarser level (U-Net) and 1 at full resolution. Pooling,
 * upsampling, activations and merges are not counted (they are a few per cent at most).
 */
public final class NetworkFlops {

	private NetworkFlops() {}

	/**
	 * @param conf a fully convolutional graph of 2D or 3D layers
	 * @param dimensions 2 or 3
	 * @return multiply-adds times 2 per output voxel
	 */
	public static double perVoxel(ComputationGraphConfiguration conf, int dimensions) {
		Map<String, ReceptiveField> fields = new HashMap<>();
		for (String in : conf.getNetworkInputs())
			fields.put(in, ReceptiveField.identity(dimensions));
		double flops = 0;
		for (Map.Entry<String, GraphVertex> v : conf.getVertices().entrySet())
			if (v.getValue() instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof ConvolutionLayer c) {
				double kernel = 1, scale = 1;
				for (int k : c.getKernelSize())
					kernel *= k;
				double[] jump = field(conf, v.getKey(), fields).jump();
				for (double j : jump)
					scale *= j;
				flops += 2 * kernel * c.getNIn() * c.getNOut() / scale;
			}
		return flops;
	}

	private static ReceptiveField field(ComputationGraphConfiguration conf, String vertex, Map<String, ReceptiveField> done) {
		ReceptiveField known = done.get(vertex);
		if (known != null)
			return known;
		ReceptiveField in = null;
		for (String input : conf.getVertexInputs().get(vertex))
			in = in == null ? field(conf, input, done) : in.union(field(conf, input, done));
		ReceptiveField out = in.through(conf.getVertices().get(vertex));
		done.put(vertex, out);
		return out;
	}
}
