package connectomej.synapse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes to predict around marked cells of one section, for a network that reads {@code halo} voxels around each box:
 * touching cells (8-connected) form one box, their bounding box; then two boxes become their bounding box while that
 * costs no more input than the two apart (input = box grown by the halo on each side). A box's min is the min of some
 * cell, so boxes stay on the cells' grid.
 */
final class FittedBoxes {

	/** Largest box side, voxels (a multiple of every size multiple in use, so pieces stay on the pooling grid). */
	static final int MAX_SIDE = 512;

	private FittedBoxes() {}

	/**
	 * Boxes around the voxels of section {@code z} that are wanted and not done: the cells of a grid starting at the
	 * volume's min that lie within {@code margin} cells of one holding such a voxel, fitted by {@link #of}. Every box
	 * starts on the cells' grid, so with a cell size that is a multiple of a network's size multiple, on its pooling
	 * grid too.
	 *
	 * @param wanted voxels to cover, flat, x fastest, dimensions {@code dims} (x, y, z)
	 * @param done voxels already covered, same layout
	 * @param cell cell side, voxels
	 * @param margin cells added on each side of a cell holding a wanted voxel (a candidate often grows a little past
	 *            its seeds)
	 * @return boxes {x min, y min, x max, y max} relative to the volume's min, clamped to the section, none wider or
	 *         higher than {@link #MAX_SIDE} (a larger one is cut into pieces, so a network never sees a whole large
	 *         section at once)
	 */
	static List<long[]> around(boolean[] wanted, boolean[] done, long[] dims, int z, int cell, int margin, int halo) {
		int nx = (int) ((dims[0] + cell - 1) / cell), ny = (int) ((dims[1] + cell - 1) / cell);
		boolean[] marked = new boolean[nx * ny];
		for (long y = 0; y < dims[1]; y++)
			for (long x = 0; x < dims[0]; x++) {
				int i = (int) (x + dims[0] * (y + dims[1] * z));
				if (wanted[i] && !done[i])
					markWithMargin(marked, nx, ny, (int) (x / cell), (int) (y / cell), margin);
			}
		List<long[]> cells = new ArrayList<>();
		for (int cy = 0; cy < ny; cy++)
			for (int cx = 0; cx < nx; cx++)
				if (marked[cx + nx * cy])
					cells.add(new long[] { (long) cx * cell, (long) cy * cell, Math.min((cx + 1L) * cell, dims[0]) - 1,
							Math.min((cy + 1L) * cell, dims[1]) - 1 });
		List<long[]> pieces = new ArrayList<>();
		for (long[] box : of(cells, halo))
			pieces.addAll(cut(box, MAX_SIDE));
		return pieces;
	}

	/** Cuts a box into pieces of at most {@code max} voxels a side, each starting {@code max} after the one before. */
	static List<long[]> cut(long[] box, int max) {
		List<long[]> pieces = new ArrayList<>();
		for (long y = box[1]; y <= box[3]; y += max)
			for (long x = box[0]; x <= box[2]; x += max)
				pieces.add(new long[] { x, y, Math.min(x + max - 1, box[2]), Math.min(y + max - 1, box[3]) });
		return pieces;
	}

	private static void markWithMargin(boolean[] marked, int nx, int ny, int cx, int cy, int margin) {
		for (int y = Math.max(0, cy - margin); y <= Math.min(ny - 1, cy + margin); y++)
			for (int x = Math.max(0, cx - margin); x <= Math.min(nx - 1, cx + margin); x++)
				marked[x + nx * y] = true;
	}

	/**
	 * @param cells boxes {x min, y min, x max, y max}, voxels, inclusive, on a regular grid of equal cells (the last
	 *            row and column may be cut short)
	 * @param halo voxels the network reads on each side of a box
	 * @return boxes {x min, y min, x max, y max} covering every cell, disjoint input-wise only where merging would cost
	 *         more
	 */
	static List<long[]> of(List<long[]> cells, int halo) {
		List<long[]> boxes = touchingGroups(cells);
		boolean merged = true;
		while (merged) {
			merged = false;
			for (int i = 0; i < boxes.size() && !merged; i++)
				for (int j = i + 1; j < boxes.size() && !merged; j++) {
					long[] union = union(boxes.get(i), boxes.get(j));
					if (input(union, halo) <= input(boxes.get(i), halo) + input(boxes.get(j), halo)) {
						boxes.set(i, union);
						boxes.remove(j);
						merged = true;
					}
				}
		}
		return boxes;
	}

	/** Bounding boxes of the groups of cells that touch along a side or a corner. */
	private static List<long[]> touchingGroups(List<long[]> cells) {
		if (cells.isEmpty())
			return new ArrayList<>();
		long w = cells.get(0)[2] - cells.get(0)[0] + 1, h = cells.get(0)[3] - cells.get(0)[1] + 1;
		Map<Long, Integer> at = new HashMap<>();
		for (int i = 0; i < cells.size(); i++)
			at.put(key(cells.get(i)[0] / w, cells.get(i)[1] / h), i);
		int[] parent = new int[cells.size()];
		for (int i = 0; i < parent.length; i++)
			parent[i] = i;
		for (int i = 0; i < cells.size(); i++)
			for (long dy = -1; dy <= 1; dy++)
				for (long dx = -1; dx <= 1; dx++) {
					Integer j = at.get(key(cells.get(i)[0] / w + dx, cells.get(i)[1] / h + dy));
					if (j != null)
						parent[root(parent, i)] = root(parent, j);
				}
		Map<Integer, long[]> groups = new HashMap<>();
		for (int i = 0; i < cells.size(); i++)
			groups.merge(root(parent, i), cells.get(i).clone(), FittedBoxes::union);
		return new ArrayList<>(groups.values());
	}

	private static long key(long cx, long cy) {
		return (cy << 32) ^ (cx & 0xffffffffL);
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i)
			i = parent[i] = parent[parent[i]];
		return i;
	}

	private static long[] union(long[] a, long[] b) {
		return new long[] { Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3]) };
	}

	private static long input(long[] box, int halo) {
		return (box[2] - box[0] + 1 + 2L * halo) * (box[3] - box[1] + 1 + 2L * halo);
	}
}
