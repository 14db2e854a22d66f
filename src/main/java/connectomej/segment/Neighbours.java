package connectomej.segment;

/**
 * Face neighbours (6 in 3D, 4 in-plane per section) on a flat x-fastest grid. Which faces lie on the grid's border
 * is precomputed as one byte of flags per voxel, so the inner loop needs no division.
 */
final class Neighbours {

	private static final int X_LOW = 1, X_HIGH = 2, Y_LOW = 4, Y_HIGH = 8, Z_LOW = 16, Z_HIGH = 32;

	private final int width, plane;
	private final byte[] border;

	Neighbours(int[] dims, boolean inPlane) {
		width = dims[0];
		plane = dims[0] * dims[1];
		border = new byte[plane * dims[2]];
		int i = 0;
		for (int z = 0; z < dims[2]; z++)
			for (int y = 0; y < dims[1]; y++)
				for (int x = 0; x < dims[0]; x++)
					border[i++] = (byte) ((x == 0 ? X_LOW : 0) | (x == dims[0] - 1 ? X_HIGH : 0) | (y == 0 ? Y_LOW : 0)
						| (y == dims[1] - 1 ? Y_HIGH : 0) | (inPlane || z == 0 ? Z_LOW : 0) | (inPlane || z == dims[2] - 1 ? Z_HIGH : 0));
	}

	/** Writes the neighbours of voxel {@code i} into {@code out} (length >= 6) and returns how many there are. */
	int of(int i, int[] out) {
		int b = border[i];
		int n = 0;
		if ((b & X_LOW) == 0)
			out[n++] = i - 1;
		if ((b & X_HIGH) == 0)
			out[n++] = i + 1;
		if ((b & Y_LOW) == 0)
			out[n++] = i - width;
		if ((b & Y_HIGH) == 0)
			out[n++] = i + width;
		if ((b & Z_LOW) == 0)
			out[n++] = i - plane;
		if ((b & Z_HIGH) == 0)
			out[n++] = i + plane;
		return n;
	}
}
