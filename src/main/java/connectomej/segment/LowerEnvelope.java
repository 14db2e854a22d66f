package connectomej.segment;

/**
 * The 1D pass of the Felzenszwalb-Huttenlocher distance transform: {@code d(q) = min_p (w (q - p)^2 + f(p))}
 * over one line of a flat array, in place, linear time. Buffers are reused between lines (one instance per
 * thread).
 */
final class LowerEnvelope {

	private final double[] values;
	private final int[] vertices;
	private final double[] boundaries;

	LowerEnvelope(int longestLine) {
		values = new double[longestLine];
		vertices = new int[longestLine];
		boundaries = new double[longestLine + 1];
	}

	void transform(float[] f, int start, int stride, int n, double w) {
		for (int q = 0; q < n; q++)
			values[q] = f[start + q * stride];
		int k = build(n, w);
		if (k < 0)
			return;
		int j = 0;
		for (int q = 0; q < n; q++) {
			while (boundaries[j + 1] < q)
				j++;
			int p = vertices[j];
			f[start + q * stride] = (float) (w * (q - p) * (q - p) + values[p]);
		}
	}

	/** Builds the envelope of the finite parabolas; returns the index of the last one, -1 when none is finite. */
	private int build(int n, double w) {
		int k = -1;
		for (int q = 0; q < n; q++) {
			if (values[q] == Double.POSITIVE_INFINITY)
				continue;
			double s = Double.NEGATIVE_INFINITY;
			while (k >= 0) {
				s = intersection(vertices[k], q, w);
				if (s > boundaries[k])
					break;
				k--;
			}
			k++;
			vertices[k] = q;
			boundaries[k] = k == 0 ? Double.NEGATIVE_INFINITY : s;
			boundaries[k + 1] = Double.POSITIVE_INFINITY;
		}
		return k;
	}

	private double intersection(int p, int q, double w) {
		return ((values[q] + w * q * q) - (values[p] + w * p * p)) / (2 * w * (q - p));
	}
}
