package connectomej.synth;

/**
 * The physical region (nm) in which neurites grow: the volume plus a margin, so that the volume's borders are as
 * densely packed as its middle. Voxel (i, j, k) has its centre at (i vx, j vy, k vz).
 */
final class GrowthBox {

	final double[] lo = new double[3];
	final double[] hi = new double[3];

	GrowthBox(SynthSettings s, double marginNm) {
		double[] extent = s.extentNm();
		for (int d = 0; d < 3; d++) {
			lo[d] = -marginNm;
			hi[d] = extent[d] + marginNm;
		}
	}

	/** Extent along axis d, nm. */
	double size(int d) {
		return hi[d] - lo[d];
	}

	/** True if the point (nm) lies in the box. */
	boolean contains(double[] p) {
		for (int d = 0; d < 3; d++)
			if (p[d] < lo[d] || p[d] > hi[d])
				return false;
		return true;
	}
}
