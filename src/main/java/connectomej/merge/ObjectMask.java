package connectomej.merge;

import java.util.Set;

/**
 * The binary mask of one object (or of a union of objects) inside a box of a {@link LabelGrid}: index
 * {@code x + sx * (y + sy * z)} relative to {@code origin} (x fastest).
 *
 * @param inside true for voxels of the object
 * @param origin position of the box's first voxel in the volume, voxels, x, y, z
 * @param size box size per axis, voxels, x, y, z
 */
public record ObjectMask(boolean[] inside, int[] origin, int[] size) {

	/**
	 * The mask of the voxels whose label is in {@code ids}, within the box {@code [min, max]} (inclusive) grown by
	 * {@code margin} voxels and clipped to the volume.
	 */
	public static ObjectMask of(LabelGrid grid, Set<Long> ids, int[] min, int[] max, int margin) {
		int[] dims = grid.dimensions(), o = new int[3], s = new int[3];
		for (int d = 0; d < 3; d++) {
			o[d] = Math.max(0, min[d] - margin);
			s[d] = Math.min(dims[d] - 1, max[d] + margin) - o[d] + 1;
		}
		boolean[] inside = new boolean[s[0] * s[1] * s[2]];
		for (int z = 0, i = 0; z < s[2]; z++)
			for (int y = 0; y < s[1]; y++)
				for (int x = 0; x < s[0]; x++, i++)
					inside[i] = ids.contains(grid.get(o[0] + x, o[1] + y, o[2] + z));
		return new ObjectMask(inside, o, s);
	}

	/** True when the voxel at volume position (x, y, z) is inside the object; false outside the box. */
	public boolean contains(int x, int y, int z) {
		int bx = x - origin[0], by = y - origin[1], bz = z - origin[2];
		if (bx < 0 || by < 0 || bz < 0 || bx >= size[0] || by >= size[1] || bz >= size[2])
			return false;
		return inside[bx + size[0] * (by + size[1] * bz)];
	}

	/** Number of voxels inside. */
	public long count() {
		long n = 0;
		for (boolean b : inside)
			n += b ? 1 : 0;
		return n;
	}
}
