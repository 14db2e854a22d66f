package connectomej.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs of objects that touch: along some axis, their voxels are neighbours, or are separated by one boundary
 * voxel (label 0), as in ground truth that draws one-voxel boundaries between neurons.
 */
public final class TouchingPairs {

	/**
	 * Two touching objects, {@code a < b}, and where they touch.
	 *
	 * @param contacts voxel positions x, y, z on the contact (the boundary voxel between them, or a voxel of a)
	 */
	public record Pair(long a, long b, List<int[]> contacts) {}

	private TouchingPairs() {}

	/** Every touching pair of the volume, in order of first contact (x fastest scan). */
	public static List<Pair> of(LabelGrid grid) {
		Map<List<Long>, Pair> pairs = new LinkedHashMap<>();
		int[] step = new int[3];
		for (int z = 0; z < grid.depth(); z++)
			for (int y = 0; y < grid.height(); y++)
				for (int x = 0; x < grid.width(); x++) {
					long a = grid.get(x, y, z);
					if (a == 0)
						continue;
					for (int d = 0; d < 3; d++) {
						step[0] = step[1] = step[2] = 0;
						step[d] = 1;
						contact(grid, pairs, a, x, y, z, step);
					}
				}
		return new ArrayList<>(pairs.values());
	}

	private static void contact(LabelGrid grid, Map<List<Long>, Pair> pairs, long a, int x, int y, int z, int[] s) {
		long b = grid.get(x + s[0], y + s[1], z + s[2]);
		int[] at = { x, y, z };
		if (b == 0) {
			b = grid.get(x + 2 * s[0], y + 2 * s[1], z + 2 * s[2]);
			at = new int[] { x + s[0], y + s[1], z + s[2] };
		}
		if (b == 0 || b == a)
			return;
		long lo = Math.min(a, b), hi = Math.max(a, b);
		pairs.computeIfAbsent(List.of(lo, hi), k -> new Pair(lo, hi, new ArrayList<>())).contacts().add(at);
	}
}
