package connectomej.merge;

import java.util.Random;

import connectomej.io.MnistDigits;

/**
 * Merged MNIST, the 2D test bed of MergeNet (Rolnick et al. 2017, arXiv 1705.10882): the binary mask of a single
 * digit (negative) or of two digits joined by overlap, the second shifted by a random offset of up to
 * {@value #MAX_SHIFT} pixels per axis with at least {@value #MIN_OVERLAP} ink pixels in common (positive). Each mask
 * is centred on the canvas by its ink's bounding box, so position tells nothing.
 */
public final class MergedDigits {

	/** Canvas side, pixels (the network's grid). */
	public static final int CANVAS = 40;

	/** Largest shift of the second digit per axis, pixels. */
	public static final int MAX_SHIFT = 12;

	/** Least number of ink pixels the two digits share. */
	public static final int MIN_OVERLAP = 3;

	private MergedDigits() {}

	/**
	 * Balanced examples: {@code count / 2} single digits and as many merged pairs, in random order.
	 *
	 * @param digits the digits
	 * @param pool indices of the digits this set may use (a train or test split)
	 * @param count number of examples
	 * @param seed random choices
	 */
	public static WindowSet of(MnistDigits digits, int[] pool, int count, long seed) {
		Random random = new Random(seed);
		WindowSet set = WindowSet.empty(CANVAS, 2);
		for (int i = 0; i < count; i++) {
			boolean merged = i % 2 == 1;
			boolean[] a = ink(digits, pool[random.nextInt(pool.length)]);
			set.add(centred(merged ? joined(a, digits, pool, random) : a), merged);
		}
		return set.shuffled(seed);
	}

	/** Pixels of value >= 128 as a 28x28 mask, x fastest. */
	static boolean[] ink(MnistDigits digits, int i) {
		boolean[] mask = new boolean[MnistDigits.SIDE * MnistDigits.SIDE];
		for (int y = 0; y < MnistDigits.SIDE; y++)
			for (int x = 0; x < MnistDigits.SIDE; x++)
				mask[x + MnistDigits.SIDE * y] = digits.pixel(i, x, y) >= 128;
		return mask;
	}

	/** a and another digit overlapping it, on a canvas of 2 * CANVAS pixels per side. */
	private static boolean[] joined(boolean[] a, MnistDigits digits, int[] pool, Random random) {
		while (true) {
			boolean[] b = ink(digits, pool[random.nextInt(pool.length)]);
			int dx = random.nextInt(2 * MAX_SHIFT + 1) - MAX_SHIFT, dy = random.nextInt(2 * MAX_SHIFT + 1) - MAX_SHIFT;
			boolean[] canvas = new boolean[4 * CANVAS * CANVAS];
			int offset = CANVAS - MnistDigits.SIDE / 2;
			paint(canvas, a, offset, offset);
			int overlap = paint(canvas, b, offset + dx, offset + dy);
			if (overlap >= MIN_OVERLAP)
				return canvas;
		}
	}

	/** Ors a 28x28 mask into a 2 * CANVAS canvas at (ox, oy); returns how many painted pixels were already set. */
	private static int paint(boolean[] canvas, boolean[] digit, int ox, int oy) {
		int side = 2 * CANVAS, overlap = 0;
		for (int y = 0; y < MnistDigits.SIDE; y++)
			for (int x = 0; x < MnistDigits.SIDE; x++)
				if (digit[x + MnistDigits.SIDE * y]) {
					int i = ox + x + side * (oy + y);
					overlap += canvas[i] ? 1 : 0;
					canvas[i] = true;
				}
		return overlap;
	}

	/** The mask (square, x fastest) moved so its ink's bounding box is centred on a CANVAS^2 grid. */
	static float[] centred(boolean[] mask) {
		int[] box = { Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1 };
		int maskSide = (int) Math.round(Math.sqrt(mask.length));
		for (int y = 0; y < maskSide; y++)
			for (int x = 0; x < maskSide; x++)
				if (mask[x + maskSide * y]) {
					box[0] = Math.min(box[0], x);
					box[1] = Math.min(box[1], y);
					box[2] = Math.max(box[2], x);
					box[3] = Math.max(box[3], y);
				}
		int sx = CANVAS / 2 - (box[0] + box[2] + 1) / 2, sy = CANVAS / 2 - (box[1] + box[3] + 1) / 2;
		float[] out = new float[CANVAS * CANVAS];
		for (int y = 0; y < maskSide; y++)
			for (int x = 0; x < maskSide; x++) {
				int tx = x + sx, ty = y + sy;
				if (mask[x + maskSide * y] && tx >= 0 && ty >= 0 && tx < CANVAS && ty < CANVAS)
					out[tx + CANVAS * ty] = 1;
			}
		return out;
	}
}
