package connectomej.synth;

/**
 * A mitochondrion: a tube of constant radius along a short piece of its neurite's centre line (nm).
 *
 * @param owner the neuron that holds it
 * @param x chain x per vertex, nm
 * @param y chain y per vertex, nm
 * @param z chain z per vertex, nm
 * @param radius tube radius, nm
 */
record Mitochondrion(int owner, double[] x, double[] y, double[] z, double radius) {

	/**
	 * Distance (nm) from the point to the chain, and in {@code along[0]} the arc length (nm) of the closest chain
	 * point, which orients the cristae across the long axis.
	 */
	double distance(double px, double py, double pz, double[] along) {
		double best = Double.POSITIVE_INFINITY, arc = 0;
		for (int v = 0; v + 1 < x.length; v++) {
			double dx = x[v + 1] - x[v], dy = y[v + 1] - y[v], dz = z[v + 1] - z[v];
			double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
			double t = len == 0 ? 0 : ((px - x[v]) * dx + (py - y[v]) * dy + (pz - z[v]) * dz) / (len * len);
			t = Math.max(0, Math.min(1, t));
			double d = Math.sqrt(sq(px - x[v] - t * dx) + sq(py - y[v] - t * dy) + sq(pz - z[v] - t * dz));
			if (d < best) {
				best = d;
				along[0] = arc + t * len;
			}
			arc += len;
		}
		return best;
	}

	/** Bounding box {min, max} of the tube, nm. */
	double[][] bounds() {
		double[] min = { min(x), min(y), min(z) }, max = { max(x), max(y), max(z) };
		for (int d = 0; d < 3; d++) {
			min[d] -= radius;
			max[d] += radius;
		}
		return new double[][] { min, max };
	}

	private static double min(double[] a) {
		double m = a[0];
		for (double v : a)
			m = Math.min(m, v);
		return m;
	}

	private static double max(double[] a) {
		double m = a[0];
		for (double v : a)
			m = Math.max(m, v);
		return m;
	}

	private static double sq(double v) {
		return v * v;
	}
}
