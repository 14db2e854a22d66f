package connectomej.merge;

/**
 * Squared Euclidean distance transform of an object's box, where voxels beyond the box count as outside: the box
 * padded by one outside voxel on every side, through {@link connectomej.segment.DistanceTransform} (Felzenszwalb &
 * Huttenlocher 2012).
 */
public final class DistanceTransform {

	private DistanceTransform() {}

	/**
	 * For every voxel inside the mask, the squared distance (in the squared units of {@code weights}) to the nearest
	 * voxel outside it; 0 outside. Voxels beyond the box count as outside.
	 *
	 * @param mask the object, its box
	 * @param weights length of one voxel step per axis (e.g. nm), x, y, z
	 * @return squared distances, indexed like {@link ObjectMask#inside()}
	 */
	public static double[] squared(ObjectMask mask, double[] weights) {
		int[] s = mask.size(), padded = { s[0] + 2, s[1] + 2, s[2] + 2 };
		boolean[] inside = new boolean[padded[0] * padded[1] * padded[2]];
		for (int z = 0, i = 0; z < s[2]; z++)
			for (int y = 0; y < s[1]; y++)
				for (int x = 0; x < s[0]; x++, i++)
					inside[paddedIndex(padded, x, y, z)] = mask.inside()[i];
		float[] d = connectomej.segment.DistanceTransform.squaredDistances(inside, padded, weights);
		double[] out = new double[mask.inside().length];
		for (int z = 0, i = 0; z < s[2]; z++)
			for (int y = 0; y < s[1]; y++)
				for (int x = 0; x < s[0]; x++, i++)
					out[i] = d[paddedIndex(padded, x, y, z)];
		return out;
	}

	private static int paddedIndex(int[] padded, int x, int y, int z) {
		return x + 1 + padded[0] * (y + 1 + padded[1] * (z + 1));
	}
}
