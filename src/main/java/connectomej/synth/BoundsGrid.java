package connectomej.synth;

import java.util.Arrays;

/**
 * A uniform grid over physical space (nm) that lists, per cell, the items whose bounding box overlaps it: the spatial
 * index that lets any block find the few primitives near it. Build with {@link #add}, then {@link #freeze}.
 */
final class BoundsGrid {

	private static final int[] NONE = new int[0];

	private final double[] origin;
	private final double cell;
	private final int nx, ny, nz;
	private final int[][] items;
	private final int[] counts;

	BoundsGrid(GrowthBox box, double cellNm) {
		origin = box.lo.clone();
		cell = cellNm;
		nx = cells(box.size(0));
		ny = cells(box.size(1));
		nz = cells(box.size(2));
		items = new int[nx * ny * nz][];
		counts = new int[nx * ny * nz];
	}

	private int cells(double size) {
		return Math.max(1, (int) Math.ceil(size / cell));
	}

	/** Registers item with the box [min, max] (nm); parts outside the grid are ignored. */
	void add(int item, double[] min, double[] max) {
		int x0 = clamp(min[0], 0, nx), x1 = clamp(max[0], 0, nx), y0 = clamp(min[1], 1, ny), y1 = clamp(max[1], 1, ny);
		int z0 = clamp(min[2], 2, nz), z1 = clamp(max[2], 2, nz);
		for (int z = z0; z <= z1; z++)
			for (int y = y0; y <= y1; y++)
				for (int x = x0; x <= x1; x++)
					append((z * ny + y) * nx + x, item);
	}

	private void append(int c, int item) {
		if (items[c] == null)
			items[c] = new int[4];
		else if (counts[c] == items[c].length)
			items[c] = Arrays.copyOf(items[c], counts[c] * 2);
		items[c][counts[c]++] = item;
	}

	/** Trims the lists; call once after the last {@link #add}. */
	BoundsGrid freeze() {
		for (int c = 0; c < items.length; c++)
			items[c] = items[c] == null ? NONE : Arrays.copyOf(items[c], counts[c]);
		return this;
	}

	/** Items whose box may contain the point (nm); the array must not be changed. */
	int[] at(double x, double y, double z) {
		int ix = index(x, 0, nx), iy = index(y, 1, ny), iz = index(z, 2, nz);
		if (ix < 0 || iy < 0 || iz < 0)
			return NONE;
		return items[(iz * ny + iy) * nx + ix];
	}

	/** Cell index range [lo, hi] along axis d covering [min, max] nm, clamped to the grid: {lo, hi}. */
	int[] range(double min, double max, int d) {
		int n = d == 0 ? nx : d == 1 ? ny : nz;
		return new int[] { clamp(min, d, n), clamp(max, d, n) };
	}

	/** Items of the cell (x, y, z) in cell units. */
	int[] cell(int x, int y, int z) {
		return items[(z * ny + y) * nx + x];
	}

	private int index(double v, int d, int n) {
		int i = (int) Math.floor((v - origin[d]) / cell);
		return i < 0 || i >= n ? -1 : i;
	}

	private int clamp(double v, int d, int n) {
		int i = (int) Math.floor((v - origin[d]) / cell);
		return Math.max(0, Math.min(n - 1, i));
	}
}
