package connectomej.segment;

import java.util.List;

import connectomej.volume.Block;

/**
 * Makes block-local supervoxel ids globally unique and merges supervoxels across block faces.
 * <p>
 * Ids: block {@code b} (in list order) maps local id {@code i} to {@code base[b] + i} with bases the running sum of
 * the blocks' counts. Merging is by agreement in the halo: for each pair of face-adjacent voxels u (core of block
 * A) and v (core of the next block B along an axis), A's watershed gives u and v one label and B's watershed gives
 * them one label, then A's supervoxel of u and B's supervoxel of v are the same object. When both blocks see the
 * same watershed near the face (a halo wide enough that seeds and basins near the face are the same as in the whole
 * volume), this reproduces the whole-volume partition exactly; where they disagree it prefers a split to a merge.
 * Final ids are 1..n in order of (block, local id).
 */
public final class BlockStitching {

	private BlockStitching() {}

	/**
	 * Final ids of all blocks' local ids.
	 *
	 * @param blocks results of every block of one grid, in the grid's order (x fastest)
	 * @param gridDimensions number of blocks per axis
	 * @param stitchAxes which axes to stitch across (z off for per-section supervoxels)
	 * @return {@code ids[b][local]}: the final id (0 for local 0 and for ids used by no core voxel)
	 */
	public static long[][] finalIds(List<BlockSupervoxels> blocks, long[] gridDimensions, boolean[] stitchAxes) {
		int[] base = new int[blocks.size() + 1];
		for (int b = 0; b < blocks.size(); b++)
			base[b + 1] = Math.addExact(base[b], blocks.get(b).count() + 1);
		UnionFind sets = new UnionFind(base[blocks.size()]);
		for (int b = 0; b < blocks.size(); b++)
			for (int axis = 0; axis < 3; axis++) {
				int next = neighbour(blocks.get(b).block(), gridDimensions, axis);
				if (stitchAxes[axis] && next >= 0)
					stitchFace(blocks.get(b), blocks.get(next), axis, base[b], base[next], sets);
			}
		return compact(blocks, base, sets);
	}

	/** List index of the next block along {@code axis}, or -1 at the border. */
	static int neighbour(Block block, long[] grid, int axis) {
		long[] p = block.gridPosition().clone();
		if (++p[axis] >= grid[axis])
			return -1;
		return (int) (p[0] + grid[0] * (p[1] + grid[1] * p[2]));
	}

	private static void stitchFace(BlockSupervoxels a, BlockSupervoxels b, int axis, int baseA, int baseB, UnionFind sets) {
		int[] aIn = a.faces().inside()[2 * axis + 1], aOut = a.faces().outside()[2 * axis + 1];
		int[] bIn = b.faces().inside()[2 * axis], bOut = b.faces().outside()[2 * axis];
		if (aIn == null || bIn == null)
			throw new IllegalArgumentException("stitching needs a halo of at least 1 voxel on axis " + axis);
		for (int i = 0; i < aIn.length; i++)
			if (aIn[i] != 0 && bIn[i] != 0 && aIn[i] == aOut[i] && bIn[i] == bOut[i])
				sets.union(baseA + aIn[i], baseB + bIn[i]);
	}

	private static long[][] compact(List<BlockSupervoxels> blocks, int[] base, UnionFind sets) {
		long[] idOfRoot = new long[base[blocks.size()]];
		long next = 0;
		long[][] ids = new long[blocks.size()][];
		for (int b = 0; b < blocks.size(); b++) {
			BlockSupervoxels r = blocks.get(b);
			ids[b] = new long[r.count() + 1];
			for (int local = 1; local <= r.count(); local++) {
				if (!r.usedInCore()[local])
					continue;
				int root = sets.find(base[b] + local);
				if (idOfRoot[root] == 0)
					idOfRoot[root] = ++next;
				ids[b][local] = idOfRoot[root];
			}
		}
		return ids;
	}
}
