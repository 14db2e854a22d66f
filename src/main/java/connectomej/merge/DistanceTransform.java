package connectomej.merge;

/**
 * Exact squared Euclidean distance transform of a binary mask, separable, in linear time per axis (Felzenszwalb &
 * Huttenlocher 2012, "Distance Transforms of Sampled Functions", Theory of Computing 8).
 */
public final class DistanceTransform {

	private DistanceTransform() {}

	/**
	 * For every voxel inside the mask, the squared distance (in the squared units of {@code weights}) to the nearest
	 * voxel outside it; 0 outside. Voxels beyond the box count as outside.
	 *
	 * @param mask the object, its box
	 * @param weights length of one voxel step per axis (e.g. nm), x, y, z
	 * @return squared distances, indexed like {@link ObjectMask#inside()}
	 */
	public static double[] squared(ObjectMask mask, double[] weights) {
		int[] s = mask.size();
		double[] f = new double[mask.inside().length];
		double far = 0;
		for (int d = 0; d < 3; d++)
			far += Math.pow((s[d] + 1) * weights[d], 2);
		for (int i = 0; i < f.length; i++)
			f[i] = mask.inside()[i] ? far : 0;
		int[] stride = { 1, s[0], s[0] * s[1] };
		for (int axis = 0; axis < 3; axis++)
			alongAxis(f, s, stride, axis, weights[axis] * weights[axis]);
		return f;
	}

	private static void alongAxis(double[] f, int[] s, int[] stride, int axis, double w2) {
		int a = (axis + 1) % 3, b = (axis + 2) % 3, n = s[axis];
		double[] line = new double[n + 2], out = new double[n + 2];
		for (int j = 0; j < s[b]; j++)
			for (int i = 0; i < s[a]; i++) {
				int start = i * stride[a] + j * stride[b];
				line[0] = line[n + 1] = 0;
				for (int k = 0; k < n; k++)
					line[k + 1] = f[start + k * stride[axis]];
				lowerEnvelope(line, out, w2);
				for (int k = 0; k < n; k++)
					f[start + k * stride[axis]] = out[k + 1];
			}
	}

	/** 1D: out[q] = min_p (w2 (q - p)^2 + f[p]), f finite. */
	static void lowerEnvelope(double[] f, double[] out, double w2) {
		int n = f.length, k = 0;
		int[] v = new int[n];
		double[] z = new double[n + 1];
		z[0] = Double.NEGATIVE_INFINITY;
		z[1] = Double.POSITIVE_INFINITY;
		for (int q = 1; q < n; q++) {
			double s = intersection(f, w2, q, v[k]);
			while (s <= z[k])
				s = intersection(f, w2, q, v[--k]);
			v[++k] = q;
			z[k] = s;
			z[k + 1] = Double.POSITIVE_INFINITY;
		}
		for (int q = 0, j = 0; q < n; q++) {
			while (z[j + 1] < q)
				j++;
			out[q] = w2 * (q - v[j]) * (q - v[j]) + f[v[j]];
		}
	}

	private static double intersection(double[] f, double w2, int q, int p) {
		return ((f[q] + w2 * q * q) - (f[p] + w2 * p * p)) / (2 * w2 * (q - p));
	}
}
