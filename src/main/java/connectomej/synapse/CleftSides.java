package connectomej.synapse;

import java.util.HashMap;
import java.util.Map;

/**
 * What lies on the two sides of one cleft component: from every cleft voxel, rays along the cleft's normal (one 3D plane fit, or each section's in-plane normal)
 * (both directions, {@code distance} voxels) sum the vesicle probability they cross, and the first non-zero segment
 * each ray meets votes for that side's segment. Side 0 is along the normal, side 1 against it.
 */
final class CleftSides {

	/** Mean vesicle probability over the samples of each side, in [0, 1]. */
	final double[] density = new double[2];
	/** Most voted segment of each side, 0 when no ray met a segment or no segmentation was given. */
	final long[] segment = new long[2];

	/**
	 * @param vesicles vesicle probabilities, flat, x fastest
	 * @param segments segment ids, flat, or {@code null}
	 * @param distance ray length, voxels along x
	 */
	CleftSides(CleftCandidates candidates, int component, CleftShape shape, float[] vesicles, long[] segments, int distance) {
		long[] samples = new long[2];
		@SuppressWarnings("unchecked")
		Map<Long, Integer>[] votes = new Map[] { new HashMap<>(), new HashMap<>() };
		long nx = candidates.dims[0], ny = candidates.dims[1], plane = nx * ny;
		for (int k = candidates.start[component - 1]; k < candidates.start[component]; k++) {
			int i = candidates.voxels[k];
			long x = i % nx, y = (i / nx) % ny, z = i / plane;
			double[] n = shape.normal3 != null ? shape.normal3 : shape.normals.get((int) z);
			double nz = shape.normal3 != null ? n[2] : 0;
			for (int side = 0; side < 2; side++) {
				double sign = side == 0 ? 1 : -1;
				boolean voted = segments == null;
				for (int s = 1; s <= distance; s++) {
					long px = Math.round(x + sign * s * n[0]), py = Math.round(y + sign * s * n[1]),
							pz = Math.round(z + sign * s * nz);
					if (px < 0 || py < 0 || pz < 0 || px >= nx || py >= ny || pz >= candidates.dims[2])
						break;
					int j = (int) (pz * plane + py * nx + px);
					if (candidates.labels[j] == component)
						continue;
					density[side] += vesicles[j];
					samples[side]++;
					if (!voted && segments[j] != 0) {
						votes[side].merge(segments[j], 1, Integer::sum);
						voted = true;
					}
				}
			}
		}
		for (int side = 0; side < 2; side++) {
			density[side] /= Math.max(1, samples[side]);
			segment[side] = votes[side].entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
		}
	}
}
