package connectomej.segment;

import java.util.Random;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Synthetic "cells" for tests and benchmarks: a Voronoi tessellation of seeded random points, with a membrane
 * probability that peaks on the cell borders (where the nearest and second-nearest points are about equally far)
 * plus seeded uniform noise. Cells are the ground truth.
 */
final class VoronoiMembranes {

	final int[] dims;
	final float[] probabilityArray;
	final long[] cellArray;
	final RandomAccessibleInterval<FloatType> probability;
	final RandomAccessibleInterval<UnsignedLongType> cells;

	private VoronoiMembranes(int[] dims, float[] probability, long[] cells) {
		this.dims = dims;
		probabilityArray = probability;
		cellArray = cells;
		this.probability = ArrayImgs.floats(probability, dims[0], dims[1], dims[2]);
		this.cells = ArrayImgs.unsignedLongs(cells, dims[0], dims[1], dims[2]);
	}

	/**
	 * Cells around one jittered point per cube of {@code spacing} voxels (nearest points searched in the 27
	 * neighbouring cubes only), for large volumes.
	 */
	static VoronoiMembranes jitteredGrid(int[] dims, int spacing, double membraneWidth, double noise, long seed) {
		Random random = new Random(seed);
		int[] g = new int[3];
		for (int d = 0; d < 3; d++)
			g[d] = (dims[d] + spacing - 1) / spacing;
		double[][] points = new double[g[0] * g[1] * g[2]][];
		for (int k = 0; k < points.length; k++) {
			int[] c = { k % g[0], (k / g[0]) % g[1], k / (g[0] * g[1]) };
			points[k] = new double[] { (c[0] + random.nextDouble()) * spacing, (c[1] + random.nextDouble()) * spacing,
				(c[2] + random.nextDouble()) * spacing };
		}
		float[] prob = new float[dims[0] * dims[1] * dims[2]];
		long[] cells = new long[prob.length];
		int i = 0;
		for (int z = 0; z < dims[2]; z++)
			for (int y = 0; y < dims[1]; y++)
				for (int x = 0; x < dims[0]; x++, i++) {
					double best = Double.MAX_VALUE, second = Double.MAX_VALUE;
					int nearest = 0;
					for (int cz = Math.max(0, z / spacing - 1); cz <= Math.min(g[2] - 1, z / spacing + 1); cz++)
						for (int cy = Math.max(0, y / spacing - 1); cy <= Math.min(g[1] - 1, y / spacing + 1); cy++)
							for (int cx = Math.max(0, x / spacing - 1); cx <= Math.min(g[0] - 1, x / spacing + 1); cx++) {
								int k = cx + g[0] * (cy + g[1] * cz);
								double[] p = points[k];
								double d = (x - p[0]) * (x - p[0]) + (y - p[1]) * (y - p[1]) + (z - p[2]) * (z - p[2]);
								if (d < best) {
									second = best;
									best = d;
									nearest = k;
								} else if (d < second)
									second = d;
							}
					prob[i] = ridge(best, second, membraneWidth, noise, random);
					cells[i] = nearest + 1;
				}
		return new VoronoiMembranes(dims.clone(), prob, cells);
	}

	/**
	 * @param dims {x, y, z}
	 * @param cellCount number of Voronoi points
	 * @param membraneWidth width of the membrane ridge in voxels
	 * @param noise amplitude of uniform noise added to the probability
	 */
	static VoronoiMembranes generate(int[] dims, int cellCount, double membraneWidth, double noise, long seed) {
		Random random = new Random(seed);
		double[][] points = new double[cellCount][3];
		for (double[] p : points)
			for (int d = 0; d < 3; d++)
				p[d] = random.nextDouble() * dims[d];
		float[] prob = new float[dims[0] * dims[1] * dims[2]];
		long[] cells = new long[prob.length];
		int i = 0;
		for (int z = 0; z < dims[2]; z++)
			for (int y = 0; y < dims[1]; y++)
				for (int x = 0; x < dims[0]; x++, i++) {
					double best = Double.MAX_VALUE, second = Double.MAX_VALUE;
					int nearest = 0;
					for (int k = 0; k < cellCount; k++) {
						double dx = x - points[k][0], dy = y - points[k][1], dz = z - points[k][2];
						double d = dx * dx + dy * dy + dz * dz;
						if (d < best) {
							second = best;
							best = d;
							nearest = k;
						} else if (d < second)
							second = d;
					}
					prob[i] = ridge(best, second, membraneWidth, noise, random);
					cells[i] = nearest + 1;
				}
		return new VoronoiMembranes(dims.clone(), prob, cells);
	}

	/**
	 * Membrane probability of a voxel from its squared distances to the nearest and second-nearest point: a Gaussian
	 * ridge of the given width on the bisector, plus uniform noise, clamped to [0, 1].
	 */
	private static float ridge(double best, double second, double membraneWidth, double noise, Random random) {
		double gap = Math.sqrt(second) - Math.sqrt(best);
		double p = Math.exp(-gap * gap / (membraneWidth * membraneWidth)) + noise * (random.nextDouble() - 0.5);
		return (float) Math.max(0, Math.min(1, p));
	}
}
