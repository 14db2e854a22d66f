package connectomej.track;

import java.util.HashMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

/**
 * Issue 6 diagnostic (session 20): a sweep along z splits an object for good once it loses it in one section, and a
 * sweep the other way, seeded by the first sweep's last section, loses objects in other sections. This joins the
 * forward sweep's objects that the backward sweep follows as one: each object of either sweep is joined to the
 * object of the other sweep that holds most of its voxels, when that is at least {@code share} of them (voxels that
 * either sweep leaves at 0 are not counted). The result
 * keeps the forward sweep's voxels and boundaries and only unites its objects, so its splits can only shrink and its
 * merges only grow.
 */
final class ForwardBackwardJoin {

	private ForwardBackwardJoin() {}

	/**
	 * @param forward labels of the forward sweep, x, y, z (0 = none)
	 * @param backward labels of the backward sweep laid out like {@code forward} (already turned back along z)
	 * @param share the least part of an object's voxels the other sweep's object must hold to join them, 0-1
	 * @return the forward labels, each replaced by the smallest forward label of its joined set
	 */
	static RandomAccessibleInterval<UnsignedLongType> join(RandomAccessibleInterval<? extends IntegerType<?>> forward,
			RandomAccessibleInterval<? extends IntegerType<?>> backward, double share) {
		Map<Long, Integer> index = new HashMap<>();
		Map<Long, Long> overlaps = new HashMap<>();
		var f = Views.flatIterable(forward).cursor();
		var b = Views.flatIterable(backward).cursor();
		while (f.hasNext()) {
			long fl = f.next().getIntegerLong(), bl = b.next().getIntegerLong();
			if (fl == 0 || bl == 0)
				continue;
			int fi = index.computeIfAbsent(fl, k -> index.size()), bi = index.computeIfAbsent(-bl, k -> index.size());
			overlaps.merge((long) fi << 32 | bi, 1L, Long::sum);
		}
		int n = index.size();
		long[] size = new long[n], best = new long[n];
		int[] partner = new int[n];
		for (var e : overlaps.entrySet()) {
			int fi = (int) (e.getKey() >>> 32), bi = (int) (long) e.getKey();
			long count = e.getValue();
			size[fi] += count;
			size[bi] += count;
			for (int[] pair : new int[][] { { fi, bi }, { bi, fi } })
				if (count > best[pair[0]]) {
					best[pair[0]] = count;
					partner[pair[0]] = pair[1];
				}
		}
		int[] parent = new int[n];
		for (int i = 0; i < n; i++)
			parent[i] = i;
		for (int i = 0; i < n; i++)
			if (size[i] > 0 && best[i] >= share * size[i])
				parent[root(parent, i)] = root(parent, partner[i]);
		Map<Integer, Long> smallest = new HashMap<>();
		index.forEach((label, i) -> {
			if (label > 0)
				smallest.merge(root(parent, i), label, Math::min);
		});
		var out = ArrayImgs.unsignedLongs(forward.dimensionsAsLongArray());
		var in = Views.flatIterable(forward).cursor();
		for (UnsignedLongType t : out) {
			long label = in.next().getIntegerLong();
			Integer i = index.get(label);
			t.set(label == 0 || i == null ? label : smallest.get(root(parent, i)));
		}
		return out;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i)
			i = parent[i] = parent[parent[i]];
		return i;
	}
}
