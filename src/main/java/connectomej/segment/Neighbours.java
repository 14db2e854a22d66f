package connectomej.segment;

/**
 * Face neighbours (6 in 3D, 4 in-plane per section) on a flat x-fastest grid, without bounds arithmetic in the
 * inner loop: {@link #of(int, int[])} fills the indices of the neighbours inside the grid.
 */
final class Neighbours {

	private final int width, height, depth, plane;
	private final boolean inPlane;

	Neighbours(int[] dims, boolean inPlane) {
		width = dims[0];
		height = dims[1];
		depth = dims[2];
		plane = width * height;
		this.inPlane = inPlane;
	}

	/** Writes the neighbours of voxel {@code i} into {@code out} (length >= 6) and returns how many there are. */
	int of(int i, int[] out) {
		int x = i % width, y = (i / width) % height, z = i / plane;
		int n = 0;
		if (x > 0)
			out[n++] = i - 1;
		if (x < width - 1)
			out[n++] = i + 1;
		if (y > 0)
			out[n++] = i - width;
		if (y < height - 1)
			out[n++] = i + width;
		if (!inPlane && z > 0)
			out[n++] = i - plane;
		if (!inPlane && z < depth - 1)
			out[n++] = i + plane;
		return n;
	}
}
