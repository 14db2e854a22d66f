package connectomej.track;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * Splits the objects of a label volume into their pieces that are connected inside it (6-connected: x, y and z
 * neighbours of the same label). A ground-truth neuron may leave a cropped stack and come back, or reach it as two
 * branches joined outside it; no tracker that sees only the stack can know that the pieces are one object, so the
 * objects a tracker can follow (issue 6, {@link FollowedObjects}) are the connected pieces.
 */
public final class ConnectedPieces {

	private ConnectedPieces() {}

	/**
	 * @param labels object ids, x, y, z (0 = none)
	 * @param out caller-allocated, same dimensions: pieces numbered 1..n in scan order (x fastest), 0 where labels are 0
	 * @return n, the number of pieces
	 */
	public static <T extends IntegerType<T>> long relabel(RandomAccessibleInterval<? extends IntegerType<?>> labels,
			RandomAccessibleInterval<T> out) {
		int w = Sections.width(labels), h = Sections.height(labels), depth = Math.toIntExact(labels.dimension(2)), plane = w * h;
		long[] all = new long[plane * depth];
		for (int z = 0; z < depth; z++)
			System.arraycopy(Sections.labels(labels, labels.min(2) + z), 0, all, z * plane, plane);
		long[] pieces = new long[all.length];
		int[] queue = new int[all.length];
		long count = 0;
		for (int start = 0; start < all.length; start++)
			if (all[start] != 0 && pieces[start] == 0)
				flood(all, pieces, queue, start, ++count, w, h, depth);
		for (int z = 0; z < depth; z++)
			Sections.write(java.util.Arrays.copyOfRange(pieces, z * plane, (z + 1) * plane), out, out.min(2) + z);
		return count;
	}

	private static void flood(long[] all, long[] pieces, int[] queue, int start, long id, int w, int h, int depth) {
		int plane = w * h, tail = 0;
		queue[tail++] = start;
		pieces[start] = id;
		for (int head = 0; head < tail; head++) {
			int i = queue[head], x = i % w, y = i / w % h, z = i / plane;
			int[] neighbours = { x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1,
					z > 0 ? i - plane : -1, z < depth - 1 ? i + plane : -1 };
			for (int n : neighbours)
				if (n >= 0 && pieces[n] == 0 && all[n] == all[i]) {
					pieces[n] = id;
					queue[tail++] = n;
				}
		}
	}
}
