package connectomej.segment;

import java.util.Arrays;

/**
 * Boundary statistics of the edges of a region graph, in flat arrays indexed by edge: the two regions, the contact
 * area (number of boundary samples: voxel-face pairs, or boundary voxels between regions), the sum of boundary
 * probabilities and a {@value #BINS}-bin histogram over [0, 1] for quantiles. Growable; not thread-safe.
 */
public final class EdgeStatistics {

	/** Histogram bins per edge over [0, 1]. */
	public static final int BINS = 32;

	private int count;
	private int[] regionA = new int[64], regionB = new int[64];
	private long[] area = new long[64];
	private double[] sum = new double[64];
	private int[] histogram = new int[64 * BINS];

	/** Number of edges. */
	public int count() {
		return count;
	}

	/** Appends an edge between regions {@code a} and {@code b} with no samples; returns its index. */
	int add(int a, int b) {
		if (count == regionA.length)
			grow();
		regionA[count] = a;
		regionB[count] = b;
		return count++;
	}

	/** Adds one boundary sample of probability {@code p} (in [0, 1]) to edge {@code e}. */
	void sample(int e, float p) {
		area[e]++;
		sum[e] += p;
		histogram[e * BINS + bin(p)]++;
	}

	/** Adds all samples of edge {@code from} to edge {@code into} (a merge). */
	void combine(int from, int into) {
		area[into] += area[from];
		sum[into] += sum[from];
		for (int k = 0; k < BINS; k++)
			histogram[into * BINS + k] += histogram[from * BINS + k];
	}

	/** Adds the samples of edge {@code from} of {@code other} to edge {@code into} of these statistics. */
	void addAll(EdgeStatistics other, int from, int into) {
		area[into] += other.area[from];
		sum[into] += other.sum[from];
		for (int k = 0; k < BINS; k++)
			histogram[into * BINS + k] += other.histogram[from * BINS + k];
	}

	/** First region of edge {@code e} (region indices of {@link RegionGraph}). */
	public int regionA(int e) {
		return regionA[e];
	}

	/** Second region of edge {@code e}. */
	public int regionB(int e) {
		return regionB[e];
	}

	/** Contact area of edge {@code e}: number of boundary samples (voxel faces or boundary voxels). */
	public long area(int e) {
		return area[e];
	}

	/** Mean boundary probability of edge {@code e}, in [0, 1]. */
	public double mean(int e) {
		return area[e] == 0 ? 1 : sum[e] / area[e];
	}

	/**
	 * Quantile {@code q} (0..1) of the boundary probabilities of edge {@code e}, from its histogram with linear
	 * interpolation inside the bin (error at most one bin width, 1/{@value #BINS}).
	 */
	public double quantile(int e, double q) {
		double target = q * area[e];
		long below = 0;
		for (int k = 0; k < BINS; k++) {
			int h = histogram[e * BINS + k];
			if (h > 0 && below + h >= target)
				return (k + (target - below) / h) / BINS;
			below += h;
		}
		return 1;
	}

	private static int bin(float p) {
		if (!(p > 0))
			return 0;
		return Math.min(BINS - 1, (int) (p * BINS));
	}

	private void grow() {
		int n = regionA.length * 2;
		regionA = Arrays.copyOf(regionA, n);
		regionB = Arrays.copyOf(regionB, n);
		area = Arrays.copyOf(area, n);
		sum = Arrays.copyOf(sum, n);
		histogram = Arrays.copyOf(histogram, n * BINS);
	}
}
