package connectomej.synapse;

import java.util.HashMap;
import java.util.Map;

/**
 * In-plane shape of one cleft component, section by section: per section the direction of least spread (the
 * cleft's normal in that section, as a unit vector in voxels) and the component's elongation. A cleft cut by a
 * section is a thin curved band, so its normal is the minor axis of the second moments of its voxels.
 */
final class CleftShape {

	/** Unit normal per section z: {nx, ny}, signs aligned with the largest section's normal. */
	final Map<Integer, double[]> normals = new HashMap<>();
	/** Voxel-weighted mean of sqrt(major / minor eigenvalue) over sections (1 for a disc, large for a band). */
	final double elongation;
	/** Unit normal of the whole cleft in voxel steps {x, y, z} (nm-space normal scaled per axis), or null in 2D. */
	double[] normal3;
	/** Centroid, voxels, x, y, z. */
	final double[] centroid = new double[3];

	/**
	 * @param voxelSize nm per voxel {x, y, z}
	 * @param in3d whether to fit one 3D plane when the cleft spans several sections (else per-section 2D normals)
	 */
	CleftShape(CleftCandidates candidates, int component, double[] voxelSize, boolean in3d) {
		double pixelAspect = voxelSize[1] / voxelSize[0];
		PlaneFit fit = new PlaneFit();
		Map<Integer, double[]> moments = new HashMap<>();
		long nx = candidates.dims[0], plane = nx * candidates.dims[1];
		for (int k = candidates.start[component - 1]; k < candidates.start[component]; k++) {
			int i = candidates.voxels[k];
			double x = i % nx, y = (i / nx) % candidates.dims[1];
			int z = (int) (i / plane);
			centroid[0] += x;
			centroid[1] += y;
			centroid[2] += z;
			fit.add(x * voxelSize[0], y * voxelSize[1], z * voxelSize[2]);
			double[] m = moments.computeIfAbsent(z, key -> new double[6]);
			double yy = y * pixelAspect;
			m[0]++;
			m[1] += x;
			m[2] += yy;
			m[3] += x * x;
			m[4] += x * yy;
			m[5] += yy * yy;
		}
		int n = candidates.size(component);
		for (int d = 0; d < 3; d++)
			centroid[d] /= n;
		elongation = normalsAndElongation(moments, pixelAspect) / n;
		if (in3d && moments.size() > 1) {
			double[] u = fit.normal();
			normal3 = new double[] { u[0], u[1] * voxelSize[0] / voxelSize[1], u[2] * voxelSize[0] / voxelSize[2] };
		}
	}

	private double normalsAndElongation(Map<Integer, double[]> moments, double pixelAspect) {
		double weighted = 0;
		double[] reference = null;
		double largest = 0;
		for (Map.Entry<Integer, double[]> e : moments.entrySet()) {
			double[] m = e.getValue();
			double a = m[3] / m[0] - sq(m[1] / m[0]) + 1 / 12.0, b = m[4] / m[0] - m[1] * m[2] / sq(m[0]),
					c = m[5] / m[0] - sq(m[2] / m[0]) + 1 / 12.0;
			double mean = (a + c) / 2, spread = Math.sqrt(sq((a - c) / 2) + b * b);
			weighted += m[0] * Math.sqrt((mean + spread) / Math.max(1e-9, mean - spread));
			double major = 0.5 * Math.atan2(2 * b, a - c);
			double[] normal = unit(-Math.sin(major), Math.cos(major) / pixelAspect);
			normals.put(e.getKey(), normal);
			if (m[0] > largest) {
				largest = m[0];
				reference = normal;
			}
		}
		for (double[] normal : normals.values())
			if (normal[0] * reference[0] + normal[1] * reference[1] < 0) {
				normal[0] = -normal[0];
				normal[1] = -normal[1];
			}
		return weighted;
	}

	private static double[] unit(double x, double y) {
		double norm = Math.hypot(x, y);
		return new double[] { x / norm, y / norm };
	}

	private static double sq(double v) {
		return v * v;
	}
}
