package connectomej.segment;

/**
 * Separable Gaussian smoothing of flat x-fastest arrays, kernel truncated at 3 sigma, border voxels repeated (the
 * volume is extended by its nearest edge value), so a constant stays constant.
 */
public final class GaussianSmoothing {

	private GaussianSmoothing() {}

	/**
	 * Smooths {@code values} along each axis in turn.
	 *
	 * @param values flat, x fastest; not changed
	 * @param dims {x, y, z}
	 * @param sigma standard deviation per axis (x, y, z) in voxels; 0 leaves that axis alone
	 * @return a new array of the same length
	 */
	public static float[] smooth(float[] values, int[] dims, double[] sigma) {
		float[] current = values.clone();
		int[] stride = { 1, dims[0], dims[0] * dims[1] };
		for (int axis = 0; axis < 3; axis++)
			if (sigma[axis] > 0 && dims[axis] > 1)
				current = alongAxis(current, dims, stride[axis], dims[axis], kernel(sigma[axis]));
		return current;
	}

	/** Normalised kernel of radius ceil(3 sigma). */
	static float[] kernel(double sigma) {
		int r = (int) Math.ceil(3 * sigma);
		float[] k = new float[2 * r + 1];
		double sum = 0;
		for (int i = -r; i <= r; i++)
			sum += k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
		for (int i = 0; i < k.length; i++)
			k[i] /= (float) sum;
		return k;
	}

	private static float[] alongAxis(float[] in, int[] dims, int stride, int length, float[] kernel) {
		float[] out = new float[in.length];
		int r = kernel.length / 2;
		for (int i = 0; i < in.length; i++) {
			int c = (i / stride) % length;
			float v = 0;
			for (int j = -r; j <= r; j++) {
				int neighbour = Math.max(0, Math.min(length - 1, c + j));
				v += kernel[j + r] * in[i + (neighbour - c) * stride];
			}
			out[i] = v;
		}
		return out;
	}
}
