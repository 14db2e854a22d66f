package connectomej.merge;

/** Cuts a window out of an object mask and averages it down to the network's grid. */
public final class MaskWindows {

	private MaskWindows() {}

	/**
	 * The window centred on {@code centre}: cell (i, j, k) holds the fraction of its voxels inside the object;
	 * voxels outside the volume count as outside.
	 *
	 * @param mask the object
	 * @param centre window centre, volume voxels, x, y, z
	 * @param shape window extent and grid
	 * @return grid^3 values in [0, 1], index {@code i + grid * (j + grid * k)} (x fastest, as NCDHW wants it)
	 */
	public static float[] extract(ObjectMask mask, int[] centre, WindowShape shape) {
		int g = shape.grid();
		int[] f = { shape.factor(0), shape.factor(1), shape.factor(2) };
		int[] start = new int[3];
		for (int d = 0; d < 3; d++)
			start[d] = centre[d] - shape.extent()[d] / 2;
		float[] cells = new float[shape.cells()];
		float weight = 1f / (f[0] * f[1] * f[2]);
		for (int z = 0; z < shape.extent()[2]; z++)
			for (int y = 0; y < shape.extent()[1]; y++)
				for (int x = 0; x < shape.extent()[0]; x++)
					if (mask.contains(start[0] + x, start[1] + y, start[2] + z))
						cells[x / f[0] + g * (y / f[1] + g * (z / f[2]))] += weight;
		return cells;
	}
}
