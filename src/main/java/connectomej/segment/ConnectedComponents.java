package connectomej.segment;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.BooleanType;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * Connected components of a binary mask with face connectivity (4 in 2D, 6 in 3D), by union-find over the
 * flat (x fastest) index of the interval.
 * <p>
 * Labels are 1, 2, 3, ... in the order in which each component's first voxel appears in flat iteration order;
 * voxels outside the mask get 0. Any interval min is fine. Memory: one {@code int} per voxel.
 */
public final class ConnectedComponents {

	private ConnectedComponents() {}

	/**
	 * Labels the face-connected components of {@code mask} into {@code labels}.
	 *
	 * @param mask the foreground, any number of dimensions (axes x, y, z, ...)
	 * @param labels output, same interval as {@code mask}, allocated by the caller
	 * @return the number of components
	 */
	public static <B extends BooleanType<B>, L extends IntegerType<L>> long label(RandomAccessibleInterval<B> mask,
		RandomAccessibleInterval<L> labels)
	{
		if (!Intervals.equals(mask, labels))
			throw new IllegalArgumentException("mask and labels must cover the same interval");
		long n = Intervals.numElements(mask);
		if (n > Integer.MAX_VALUE - 8)
			throw new IllegalArgumentException("interval too large for one pass: label it block-wise");
		long[] strides = strides(mask);
		UnionFind sets = new UnionFind((int) n);
		boolean[] fg = foreground(mask, (int) n);
		for (int i = 0; i < n; i++)
			if (fg[i])
				joinBackwardNeighbours(sets, fg, i, strides, mask);
		return writeLabels(sets, fg, labels);
	}

	private static <B extends BooleanType<B>> boolean[] foreground(RandomAccessibleInterval<B> mask, int n) {
		boolean[] fg = new boolean[n];
		Cursor<B> c = Views.flatIterable(mask).cursor();
		for (int i = 0; i < n; i++)
			fg[i] = c.next().get();
		return fg;
	}

	private static long[] strides(RandomAccessibleInterval<?> img) {
		long[] s = new long[img.numDimensions()];
		long acc = 1;
		for (int d = 0; d < s.length; d++) {
			s[d] = acc;
			acc *= img.dimension(d);
		}
		return s;
	}

	private static void joinBackwardNeighbours(UnionFind sets, boolean[] fg, int i, long[] strides,
		RandomAccessibleInterval<?> img)
	{
		for (int d = 0; d < strides.length; d++) {
			long coord = (i / strides[d]) % img.dimension(d);
			if (coord > 0 && fg[i - (int) strides[d]])
				sets.union(i, i - (int) strides[d]);
		}
	}

	private static <L extends IntegerType<L>> long writeLabels(UnionFind sets, boolean[] fg,
		RandomAccessibleInterval<L> labels)
	{
		int[] labelOfRoot = new int[fg.length];
		int next = 0;
		Cursor<L> c = Views.flatIterable(labels).cursor();
		for (int i = 0; i < fg.length; i++) {
			L out = c.next();
			if (!fg[i]) {
				out.setZero();
				continue;
			}
			int root = sets.find(i);
			if (labelOfRoot[root] == 0)
				labelOfRoot[root] = ++next;
			out.setInteger(labelOfRoot[root]);
		}
		return next;
	}
}
