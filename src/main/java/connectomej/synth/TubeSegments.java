package connectomej.synth;

import java.util.List;

/**
 * All tube segments of all neurites, structure-of-arrays for fast distance loops. Segment i runs from a to b (nm)
 * with radius ra at a and rb at b, and belongs to neuron {@code neuron[i]}.
 */
final class TubeSegments {

	final double[] ax, ay, az, bx, by, bz, ra, rb;
	final int[] neuron;
	final int size;

	TubeSegments(List<NeuritePath> paths) {
		int n = 0;
		for (NeuritePath p : paths)
			n += Math.max(0, p.size() - 1);
		size = n;
		ax = new double[n]; ay = new double[n]; az = new double[n];
		bx = new double[n]; by = new double[n]; bz = new double[n];
		ra = new double[n]; rb = new double[n];
		neuron = new int[n];
		int i = 0;
		for (NeuritePath p : paths)
			for (int v = 0; v + 1 < p.size(); v++, i++)
				set(i, p, v);
	}

	private void set(int i, NeuritePath p, int v) {
		ax[i] = p.x()[v]; ay[i] = p.y()[v]; az[i] = p.z()[v];
		bx[i] = p.x()[v + 1]; by[i] = p.y()[v + 1]; bz[i] = p.z()[v + 1];
		ra[i] = p.r()[v]; rb[i] = p.r()[v + 1];
		neuron[i] = p.neuron();
	}

	/** Parameter in [0, 1] of the point of segment i's axis closest to (x, y, z). */
	double closestParameter(int i, double x, double y, double z) {
		double dx = bx[i] - ax[i], dy = by[i] - ay[i], dz = bz[i] - az[i];
		double len2 = dx * dx + dy * dy + dz * dz;
		if (len2 == 0)
			return 0;
		double t = ((x - ax[i]) * dx + (y - ay[i]) * dy + (z - az[i]) * dz) / len2;
		return t < 0 ? 0 : t > 1 ? 1 : t;
	}

	/** Distance (nm) from (x, y, z) to the axis of segment i. */
	double axisDistance(int i, double x, double y, double z) {
		double t = closestParameter(i, x, y, z);
		double qx = ax[i] + t * (bx[i] - ax[i]) - x, qy = ay[i] + t * (by[i] - ay[i]) - y, qz = az[i] + t * (bz[i] - az[i]) - z;
		return Math.sqrt(qx * qx + qy * qy + qz * qz);
	}

	double maxRadius(int i) {
		return Math.max(ra[i], rb[i]);
	}

	double minRadius(int i) {
		return Math.min(ra[i], rb[i]);
	}
}
