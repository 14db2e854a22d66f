package connectomej.synth;

/**
 * Finds the nearest neurons at points, with per-thread scratch. For a box of voxels it first keeps only the
 * segments that can be among the three nearest anywhere in the box (bounds from the box centre and half diagonal),
 * which makes per-voxel work small without changing any result.
 */
final class NeuronQuery {

	private final NeuronField field;
	private final TubeSegments s;
	private final int[] stamp;
	private int stampValue;
	private int[] candidates = new int[256];
	private int count;
	private static final int STRIDE = 10;
	private double[] packed = new double[256 * STRIDE];
	private int[] neurons = new int[256];
	private int[] neuronIds = new int[64];
	private double[] neuronUpper = new double[64];

	NeuronQuery(NeuronField field) {
		this.field = field;
		this.s = field.segments;
		this.stamp = new int[s.size];
	}

	/** Selects the candidate segments for all points in the box [min, max] (nm). */
	void selectBox(double[] min, double[] max) {
		gather(min, max);
		prune(min, max);
		pack();
	}

	/** The nearest neurons at one point (nm), with no prior selection. */
	void nearestAt(double x, double y, double z, NearestNeurons out) {
		double[] p = { x, y, z };
		selectBox(p, p);
		nearest(x, y, z, out);
	}

	/** The nearest neurons at (x, y, z) nm among the selected candidates; valid for points in the selected box. */
	void nearest(double x, double y, double z, NearestNeurons out) {
		out.clear();
		double cutoff = field.cutoffNm();
		double[] p = packed;
		for (int k = 0, o = 0; k < count; k++, o += STRIDE) {
			double limit = (out.count == 3 ? out.f[2] : cutoff) + p[o + 9];
			double ex = x - p[o], ey = y - p[o + 1], ez = z - p[o + 2];
			double t = (ex * p[o + 3] + ey * p[o + 4] + ez * p[o + 5]) * p[o + 6];
			t = t < 0 ? 0 : t > 1 ? 1 : t;
			double qx = ex - t * p[o + 3], qy = ey - t * p[o + 4], qz = ez - t * p[o + 5];
			double d2 = qx * qx + qy * qy + qz * qz;
			if (limit > 0 && d2 > limit * limit)
				continue;
			double d = Math.sqrt(d2);
			double inv = d > 0 ? 1 / d : 0;
			out.offer(neurons[k], candidates[k], d - (p[o + 7] + t * p[o + 8]), qx * inv, qy * inv, qz * inv);
		}
		out.dropBeyond(cutoff);
	}

	/** Copies the selected segments into one contiguous array: a, b - a, 1 / |b - a|^2, ra, rb - ra, max radius. */
	private void pack() {
		if (packed.length < count * STRIDE) {
			packed = new double[count * STRIDE * 2];
			neurons = new int[count * 2];
		}
		for (int k = 0, o = 0; k < count; k++, o += STRIDE) {
			int i = candidates[k];
			double dx = s.bx[i] - s.ax[i], dy = s.by[i] - s.ay[i], dz = s.bz[i] - s.az[i], len2 = dx * dx + dy * dy + dz * dz;
			packed[o] = s.ax[i]; packed[o + 1] = s.ay[i]; packed[o + 2] = s.az[i];
			packed[o + 3] = dx; packed[o + 4] = dy; packed[o + 5] = dz;
			packed[o + 6] = len2 == 0 ? 0 : 1 / len2;
			packed[o + 7] = s.ra[i]; packed[o + 8] = s.rb[i] - s.ra[i]; packed[o + 9] = s.maxRadius(i);
			neurons[k] = s.neuron[i];
		}
	}

	private void gather(double[] min, double[] max) {
		if (++stampValue == Integer.MAX_VALUE) {
			java.util.Arrays.fill(stamp, 0);
			stampValue = 1;
		}
		count = 0;
		BoundsGrid g = field.grid;
		int[] rx = g.range(min[0], max[0], 0), ry = g.range(min[1], max[1], 1), rz = g.range(min[2], max[2], 2);
		for (int z = rz[0]; z <= rz[1]; z++)
			for (int y = ry[0]; y <= ry[1]; y++)
				for (int x = rx[0]; x <= rx[1]; x++)
					for (int i : g.cell(x, y, z))
						if (stamp[i] != stampValue) {
							stamp[i] = stampValue;
							push(i);
						}
	}

	private void push(int i) {
		if (count == candidates.length)
			candidates = java.util.Arrays.copyOf(candidates, count * 2);
		candidates[count++] = i;
	}

	private void prune(double[] min, double[] max) {
		double cx = (min[0] + max[0]) / 2, cy = (min[1] + max[1]) / 2, cz = (min[2] + max[2]) / 2;
		double h = Math.sqrt(sq(max[0] - cx) + sq(max[1] - cy) + sq(max[2] - cz));
		double[] centre = new double[count];
		for (int k = 0; k < count; k++)
			centre[k] = s.axisDistance(candidates[k], cx, cy, cz);
		double bound = Math.min(thirdUpperBound(centre, h), field.cutoffNm()) + 1e-6;
		int kept = 0;
		for (int k = 0; k < count; k++) {
			int i = candidates[k];
			double lower = centre[k] - h - s.maxRadius(i);
			if (lower <= bound) {
				candidates[kept] = i;
				centre[kept++] = lower;
			}
		}
		count = kept;
		sortByLowerBound(centre);
	}

	/** Nearest first, so that the distance test in {@link #nearest} skips most of the rest. */
	private void sortByLowerBound(double[] lower) {
		for (int k = 1; k < count; k++) {
			double l = lower[k];
			int c = candidates[k], j = k - 1;
			while (j >= 0 && lower[j] > l) {
				lower[j + 1] = lower[j];
				candidates[j + 1] = candidates[j];
				j--;
			}
			lower[j + 1] = l;
			candidates[j + 1] = c;
		}
	}

	/** The third smallest, over neurons, of an upper bound of f anywhere in the box. */
	private double thirdUpperBound(double[] centre, double h) {
		int neurons = 0;
		for (int k = 0; k < count; k++) {
			int i = candidates[k], n = s.neuron[i];
			double upper = centre[k] + h - s.minRadius(i);
			int j = 0;
			while (j < neurons && neuronIds[j] != n)
				j++;
			if (j == neurons) {
				ensure(++neurons);
				neuronIds[j] = n;
				neuronUpper[j] = upper;
			} else if (upper < neuronUpper[j])
				neuronUpper[j] = upper;
		}
		if (neurons < 3)
			return Double.POSITIVE_INFINITY;
		double a = Double.POSITIVE_INFINITY, b = a, c = a;
		for (int j = 0; j < neurons; j++) {
			double u = neuronUpper[j];
			if (u < a) { c = b; b = a; a = u; }
			else if (u < b) { c = b; b = u; }
			else if (u < c) c = u;
		}
		return c;
	}

	private void ensure(int n) {
		if (n > neuronIds.length) {
			neuronIds = java.util.Arrays.copyOf(neuronIds, n * 2);
			neuronUpper = java.util.Arrays.copyOf(neuronUpper, n * 2);
		}
	}

	private static double sq(double v) {
		return v * v;
	}
}
