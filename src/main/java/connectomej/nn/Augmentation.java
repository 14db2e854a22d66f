package connectomej.nn;

import java.util.Random;

/**
 * Training augmentation of square 2D patches: the 8 symmetries of the square (dihedral group), and for the raw
 * channel a random contrast / brightness change and Gaussian noise.
 */
final class Augmentation {

	private Augmentation() {}

	/** The dihedral transform {@code k} (0..7) of a square n x n patch, x fastest: k & 3 quarter turns, k & 4 flip. */
	static float[] dihedral(float[] patch, int n, int k) {
		float[] out = new float[patch.length];
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++) {
				int sx = (k & 4) != 0 ? n - 1 - x : x, sy = y;
				for (int r = 0; r < (k & 3); r++) {
					int t = sx;
					sx = sy;
					sy = n - 1 - t;
				}
				out[y * n + x] = patch[sy * n + sx];
			}
		return out;
	}

	/** value * contrast + brightness + noise, in place; contrast in [1 - a, 1 + a], brightness and noise sigma ~ a / 2. */
	static void intensity(float[] raw, double amount, Random random) {
		if (amount <= 0)
			return;
		double contrast = 1 + amount * (2 * random.nextDouble() - 1), brightness = amount / 2 * random.nextGaussian();
		for (int i = 0; i < raw.length; i++)
			raw[i] = (float) (raw[i] * contrast + brightness + amount / 2 * random.nextGaussian());
	}
}
