package connectomej.synth;

/**
 * Moves a point onto the contact surface between its two nearest neurons (where their f are equal) by Newton steps
 * along the gradient of f_a - f_b, and reports the surface normal there.
 */
final class InterfaceProjection {

	private final NeuronQuery query;
	private final NearestNeurons near = new NearestNeurons();
	int a, b;
	double thirdGap;
	final double[] normal = new double[3];

	InterfaceProjection(NeuronQuery query) {
		this.query = query;
	}

	/** Which pairs of neurons (a, b) are worth projecting onto. */
	interface PairFilter {
		boolean accept(int a, int b);
	}

	/**
	 * Projects p (nm, changed in place) onto the contact of its two nearest neurons if the filter accepts them; true
	 * if it converged.
	 */
	boolean project(double[] p, PairFilter filter) {
		query.nearestAt(p[0], p[1], p[2], near);
		if (near.count < 2 || !filter.accept(near.id[0], near.id[1]))
			return false;
		a = near.id[0];
		b = near.id[1];
		for (int it = 0; it < 15; it++) {
			if (!pairIsNearest())
				return false;
			int ia = near.id[0] == a ? 0 : 1, ib = 1 - ia;
			double h = near.f[ia] - near.f[ib];
			double gx = near.gx[ia] - near.gx[ib], gy = near.gy[ia] - near.gy[ib], gz = near.gz[ia] - near.gz[ib];
			double g2 = gx * gx + gy * gy + gz * gz;
			if (g2 < 0.25)
				return false;
			if (Math.abs(h) < 0.05)
				return finish(gx, gy, gz, g2);
			p[0] -= h * gx / g2;
			p[1] -= h * gy / g2;
			p[2] -= h * gz / g2;
			query.nearestAt(p[0], p[1], p[2], near);
		}
		return false;
	}

	private boolean pairIsNearest() {
		return near.count >= 2 && (near.id[0] == a && near.id[1] == b || near.id[0] == b && near.id[1] == a);
	}

	private boolean finish(double gx, double gy, double gz, double g2) {
		double n = Math.sqrt(g2);
		normal[0] = gx / n;
		normal[1] = gy / n;
		normal[2] = gz / n;
		thirdGap = near.count < 3 ? Double.POSITIVE_INFINITY : near.f[2] - Math.max(near.f[0], near.f[1]);
		return true;
	}
}
