package connectomej.synth;

/**
 * The three nearest neurons to a point, by the power-like distance f = (distance to the tube axis) - (tube radius),
 * in nm: f < 0 inside a tube. Voxels belong to the neuron of smallest f (an additively weighted Voronoi partition of
 * space among the tubes, so that neurites fill the neuropil densely), and membranes lie where f of the first two
 * are nearly equal. Ties break by smaller neuron id, then smaller segment index, so results never depend on the
 * order in which segments are visited. A mutable, reusable result.
 */
final class NearestNeurons {

	final int[] id = new int[3];
	final double[] f = new double[3];
	final double[] gx = new double[3], gy = new double[3], gz = new double[3];
	private final int[] segment = new int[3];
	int count;

	void clear() {
		count = 0;
	}

	/** Offers segment seg of neuron n with value fv and unit gradient g of f at the point. */
	void offer(int n, int seg, double fv, double x, double y, double z) {
		for (int k = 0; k < count; k++)
			if (id[k] == n) {
				if (fv < f[k] || fv == f[k] && seg < segment[k]) {
					set(k, n, seg, fv, x, y, z);
					bubbleUp(k);
				}
				return;
			}
		if (count < 3) {
			set(count, n, seg, fv, x, y, z);
			bubbleUp(count++);
		} else if (before(fv, n, f[2], id[2])) {
			set(2, n, seg, fv, x, y, z);
			bubbleUp(2);
		}
	}

	/** Forgets neurons farther than the cutoff (nm). */
	void dropBeyond(double cutoff) {
		while (count > 0 && f[count - 1] > cutoff)
			count--;
	}

	private void set(int k, int n, int seg, double fv, double x, double y, double z) {
		id[k] = n;
		segment[k] = seg;
		f[k] = fv;
		gx[k] = x;
		gy[k] = y;
		gz[k] = z;
	}

	private void bubbleUp(int k) {
		while (k > 0 && before(f[k], id[k], f[k - 1], id[k - 1])) {
			swap(k, k - 1);
			k--;
		}
	}

	private static boolean before(double fa, int a, double fb, int b) {
		return fa < fb || fa == fb && a < b;
	}

	private void swap(int a, int b) {
		int t = id[a]; id[a] = id[b]; id[b] = t;
		t = segment[a]; segment[a] = segment[b]; segment[b] = t;
		double d = f[a]; f[a] = f[b]; f[b] = d;
		d = gx[a]; gx[a] = gx[b]; gx[b] = d;
		d = gy[a]; gy[a] = gy[b]; gy[b] = d;
		d = gz[a]; gz[a] = gz[b]; gz[b] = d;
	}
}
