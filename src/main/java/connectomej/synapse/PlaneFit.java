package connectomej.synapse;

/**
 * The normal of the plane that best fits a set of 3D points: the eigenvector of the smallest eigenvalue of their
 * covariance, found with cyclic Jacobi rotations (exact for symmetric 3 x 3 matrices after a few sweeps).
 */
final class PlaneFit {

	private final double[] sums = new double[9];

	/** Adds a point (any unit, e.g. nm). */
	void add(double x, double y, double z) {
		sums[0]++;
		sums[1] += x;
		sums[2] += y;
		sums[3] += z;
		sums[4] += x * x;
		sums[5] += y * y;
		sums[6] += z * z;
		sums[7] += x * y;
		sums[8] += y * z;
		extraXz += x * z;
	}

	private double extraXz;

	/** Unit normal {x, y, z} of the fitted plane. */
	double[] normal() {
		double n = sums[0], mx = sums[1] / n, my = sums[2] / n, mz = sums[3] / n;
		double[][] a = { { sums[4] / n - mx * mx, sums[7] / n - mx * my, extraXz / n - mx * mz },
				{ 0, sums[5] / n - my * my, sums[8] / n - my * mz }, { 0, 0, sums[6] / n - mz * mz } };
		a[1][0] = a[0][1];
		a[2][0] = a[0][2];
		a[2][1] = a[1][2];
		double[][] v = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
		for (int sweep = 0; sweep < 20; sweep++)
			for (int p = 0; p < 2; p++)
				for (int q = p + 1; q < 3; q++)
					rotate(a, v, p, q);
		int min = a[0][0] <= a[1][1] && a[0][0] <= a[2][2] ? 0 : a[1][1] <= a[2][2] ? 1 : 2;
		return new double[] { v[0][min], v[1][min], v[2][min] };
	}

	private static void rotate(double[][] a, double[][] v, int p, int q) {
		if (Math.abs(a[p][q]) < 1e-12)
			return;
		double theta = 0.5 * Math.atan2(2 * a[p][q], a[q][q] - a[p][p]);
		double c = Math.cos(theta), s = Math.sin(theta);
		for (int k = 0; k < 3; k++) {
			double akp = a[k][p], akq = a[k][q];
			a[k][p] = c * akp - s * akq;
			a[k][q] = s * akp + c * akq;
		}
		for (int k = 0; k < 3; k++) {
			double apk = a[p][k], aqk = a[q][k];
			a[p][k] = c * apk - s * aqk;
			a[q][k] = s * apk + c * aqk;
		}
		for (int k = 0; k < 3; k++) {
			double vkp = v[k][p], vkq = v[k][q];
			v[k][p] = c * vkp - s * vkq;
			v[k][q] = s * vkp + c * vkq;
		}
	}
}
