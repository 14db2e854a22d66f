package connectomej.segment;

/**
 * Seeds of the distance-transform watershed: inside a region, the voxels whose Gaussian-smoothed distance to the
 * region's outside is at least that of each face neighbour (plateaus included). A region pinched by a narrow neck
 * has a maximum on each side of it, so it gets one seed per thick part.
 */
final class DistanceMaxima {

	private DistanceMaxima() {}

	/**
	 * Marks the smoothed distance maxima of {@code region}.
	 *
	 * @param region mask, flat x fastest
	 * @param dims {x, y, z}
	 * @param spacing nm per axis; {@code +Infinity} on z for per-section maxima
	 * @param sigma smoothing of the distances, nm
	 * @param minDistance maxima with a smoothed distance below this (nm) are not kept
	 */
	static boolean[] of(boolean[] region, int[] dims, double[] spacing, double sigma, double minDistance) {
		float[] distance = smoothedDistances(region, dims, spacing, sigma);
		boolean inPlane = Double.isInfinite(spacing[2]);
		Neighbours neighbours = new Neighbours(dims, inPlane);
		int[] near = new int[6];
		boolean[] maxima = new boolean[region.length];
		float floor = (float) Math.max(minDistance, 1e-6);
		for (int i = 0; i < region.length; i++)
			maxima[i] = region[i] && distance[i] >= floor && isMaximum(i, distance, neighbours, near);
		return maxima;
	}

	private static boolean isMaximum(int i, float[] distance, Neighbours neighbours, int[] near) {
		int count = neighbours.of(i, near);
		for (int k = 0; k < count; k++)
			if (distance[near[k]] > distance[i])
				return false;
		return true;
	}

	/** Distances in nm (a region with no outside gets the volume's diagonal), smoothed along the finite axes. */
	private static float[] smoothedDistances(boolean[] region, int[] dims, double[] spacing, double sigma) {
		float[] d = DistanceTransform.squaredDistances(region, dims, spacing);
		float cap = (float) Math.hypot(Math.hypot(dims[0] * spacing[0], dims[1] * spacing[1]),
			Double.isInfinite(spacing[2]) ? 0 : dims[2] * spacing[2]);
		for (int i = 0; i < d.length; i++)
			d[i] = Math.min(cap, (float) Math.sqrt(d[i]));
		double[] sigmaVoxels = new double[3];
		for (int a = 0; a < 3; a++)
			sigmaVoxels[a] = Double.isInfinite(spacing[a]) ? 0 : sigma / spacing[a];
		return GaussianSmoothing.smooth(d, dims, sigmaVoxels);
	}
}
