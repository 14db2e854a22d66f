package connectomej.synth;

/**
 * In-place Gaussian blur of a float image stored x fastest, one axis at a time with a kernel truncated at 3 sigma
 * and edges clamped. Values closer than the kernel radius to an edge are approximate; callers give a halo at least
 * that wide and keep only the inside, which is then exactly the same whatever the block.
 */
final class SeparableBlur {

	private SeparableBlur() {}

	/** Kernel radius (voxels) for sigma in voxels: 0 when sigma is 0. */
	static int radius(double sigma) {
		return sigma <= 0 ? 0 : (int) Math.ceil(3 * sigma);
	}

	/**
	 * Blurs data (dims x, y, z; x fastest) with sigma per axis in voxels (0 = leave the axis alone).
	 */
	static void blur(float[] data, int[] dims, double[] sigma) {
		float[] line = new float[Math.max(dims[0], Math.max(dims[1], dims[2]))];
		for (int d = 0; d < 3; d++)
			if (sigma[d] > 0)
				blurAxis(data, dims, d, kernel(sigma[d]), line);
	}

	private static void blurAxis(float[] data, int[] dims, int axis, double[] kernel, float[] line) {
		int stride = axis == 0 ? 1 : axis == 1 ? dims[0] : dims[0] * dims[1];
		int n = dims[axis];
		int lines = data.length / n;
		for (int l = 0; l < lines; l++) {
			int start = lineStart(l, axis, dims);
			for (int i = 0; i < n; i++)
				line[i] = data[start + i * stride];
			for (int i = 0; i < n; i++)
				data[start + i * stride] = convolveAt(line, n, i, kernel);
		}
	}

	private static int lineStart(int l, int axis, int[] dims) {
		if (axis == 0)
			return l * dims[0];
		if (axis == 1)
			return (l / dims[0]) * dims[0] * dims[1] + l % dims[0];
		return l;
	}

	private static float convolveAt(float[] line, int n, int i, double[] kernel) {
		int r = kernel.length / 2;
		double sum = 0;
		for (int k = -r; k <= r; k++)
			sum += kernel[k + r] * line[Math.max(0, Math.min(n - 1, i + k))];
		return (float) sum;
	}

	private static double[] kernel(double sigma) {
		int r = radius(sigma);
		double[] k = new double[2 * r + 1];
		double sum = 0;
		for (int i = -r; i <= r; i++)
			sum += k[i + r] = StrictMath.exp(-0.5 * i * i / (sigma * sigma));
		for (int i = 0; i < k.length; i++)
			k[i] /= sum;
		return k;
	}
}
