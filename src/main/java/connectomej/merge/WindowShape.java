package connectomej.merge;

import java.util.Arrays;

/**
 * The window MergeNet sees: {@code extent} voxels per axis of the volume, averaged down to a cube of
 * {@code grid}^3 cells (each cell holds the fraction of its voxels inside the object).
 *
 * @param extent window size in volume voxels, x, y, z; each a positive multiple of {@code grid}
 * @param grid cells per axis of the network input
 */
public record WindowShape(int[] extent, int grid) {

	public WindowShape {
		extent = extent.clone();
		if (extent.length != 3 || grid < 1)
			throw new IllegalArgumentException("a window has 3 extents and a grid >= 1");
		for (int e : extent)
			if (e < grid || e % grid != 0)
				throw new IllegalArgumentException("window " + text(extent) + " voxels does not fit the network's " + grid
						+ "^3 input: each extent must be a multiple of " + grid);
	}

	/** A cube of {@code extent} voxels per axis. */
	public static WindowShape cube(int extent, int grid) {
		return new WindowShape(new int[] { extent, extent, extent }, grid);
	}

	/** Voxels per grid cell along axis d. */
	public int factor(int d) {
		return extent[d] / grid;
	}

	/** Number of input values, grid^3. */
	public int cells() {
		return grid * grid * grid;
	}

	/** "x,y,z" as given on the command line. */
	public static String text(int[] extent) {
		return Arrays.toString(extent).replaceAll("[\\[\\] ]", "");
	}
}
