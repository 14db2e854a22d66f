package connectomej.io.png;

/**
 * The five PNG scanline filters (PNG specification section 9): 0 None, 1 Sub, 2 Up, 3 Average, 4 Paeth. Reading
 * undoes any of them; writing picks, per row, the one with the smallest sum of absolute signed bytes (the
 * heuristic the specification suggests, section 12.8).
 */
final class PngFilters {

	private PngFilters() {}

	/**
	 * Undoes filter {@code type} of one row in place.
	 *
	 * @param row the filtered row, without its filter byte
	 * @param previous the unfiltered row above (all zero for the first row)
	 * @param stride bytes per complete pixel, at least 1
	 * @return false for an unknown filter type
	 */
	static boolean unfilter(int type, byte[] row, byte[] previous, int stride) {
		for (int i = 0; i < row.length; i++) {
			int a = i >= stride ? row[i - stride] & 0xff : 0, b = previous[i] & 0xff;
			int c = i >= stride ? previous[i - stride] & 0xff : 0;
			int predicted = switch (type) {
				case 0 -> 0;
				case 1 -> a;
				case 2 -> b;
				case 3 -> (a + b) >>> 1;
				case 4 -> paeth(a, b, c);
				default -> -1;
			};
			if (predicted < 0)
				return false;
			row[i] += (byte) predicted;
		}
		return true;
	}

	/** Filters one row with type {@code type} into {@code out} (same length as {@code row}). */
	static void filter(int type, byte[] row, byte[] previous, int stride, byte[] out) {
		for (int i = 0; i < row.length; i++) {
			int a = i >= stride ? row[i - stride] & 0xff : 0, b = previous[i] & 0xff;
			int c = i >= stride ? previous[i - stride] & 0xff : 0;
			int predicted = switch (type) {
				case 1 -> a;
				case 2 -> b;
				case 3 -> (a + b) >>> 1;
				case 4 -> paeth(a, b, c);
				default -> 0;
			};
			out[i] = (byte) (row[i] - predicted);
		}
	}

	/** The filter type (0-4) whose output has the smallest sum of absolute values as signed bytes. */
	static int bestFilter(byte[] row, byte[] previous, int stride, byte[] scratch) {
		int best = 0;
		long bestSum = Long.MAX_VALUE;
		for (int type = 0; type <= 4; type++) {
			filter(type, row, previous, stride, scratch);
			long sum = 0;
			for (byte v : scratch)
				sum += Math.abs(v);
			if (sum < bestSum) {
				bestSum = sum;
				best = type;
			}
		}
		return best;
	}

	private static int paeth(int a, int b, int c) {
		int p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
		return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
	}
}
