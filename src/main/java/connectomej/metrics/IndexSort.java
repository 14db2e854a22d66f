package connectomej.metrics;

/** Stable sorts of indices by primitive keys, without boxing. */
final class IndexSort {

	private IndexSort() {}

	/** Indices 0 .. n-1 ordered by {@code keys} descending; equal keys keep ascending index order. */
	static int[] descending(double[] keys) {
		int[] order = new int[keys.length], buffer = new int[keys.length];
		for (int i = 0; i < order.length; i++)
			order[i] = i;
		for (int width = 1; width < order.length; width *= 2) {
			for (int lo = 0; lo < order.length; lo += 2 * width)
				merge(keys, order, buffer, lo, Math.min(lo + width, order.length), Math.min(lo + 2 * width, order.length));
			int[] swap = order;
			order = buffer;
			buffer = swap;
		}
		return order;
	}

	private static void merge(double[] keys, int[] from, int[] to, int lo, int mid, int hi) {
		int a = lo, b = mid;
		for (int k = lo; k < hi; k++) {
			boolean takeLeft = b >= hi || a < mid && Double.compare(keys[from[a]], keys[from[b]]) >= 0;
			to[k] = takeLeft ? from[a++] : from[b++];
		}
	}
}
