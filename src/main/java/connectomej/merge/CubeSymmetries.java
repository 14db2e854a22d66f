package connectomej.merge;

/**
 * The 48 symmetries of the cube (6 axis permutations x 8 axis flips) and the 8 of the square, applied to grids of
 * cells stored x fastest: the augmentation of MergeNet (Rolnick et al. 2017, arXiv 1705.10882).
 */
public final class CubeSymmetries {

	/** Number of symmetries of the cube. */
	public static final int CUBE = 48;

	/** Number of symmetries of the square. */
	public static final int SQUARE = 8;

	private static final int[][] PERMUTATIONS = { { 0, 1, 2 }, { 0, 2, 1 }, { 1, 0, 2 }, { 1, 2, 0 }, { 2, 0, 1 }, { 2, 1, 0 } };

	private CubeSymmetries() {}

	/**
	 * Symmetry {@code s} of a g^3 cube: output axis a reads input axis {@code permutation[a]}, flipped when bit a of
	 * the flip code is set. Symmetry 0 is the identity.
	 *
	 * @param cube g^3 values, x fastest
	 * @param g cells per axis
	 * @param s 0..47
	 */
	public static float[] cube(float[] cube, int g, int s) {
		int[] perm = PERMUTATIONS[s / 8];
		int flips = s % 8;
		float[] out = new float[cube.length];
		int[] p = new int[3], q = new int[3];
		for (p[2] = 0; p[2] < g; p[2]++)
			for (p[1] = 0; p[1] < g; p[1]++)
				for (p[0] = 0; p[0] < g; p[0]++) {
					for (int a = 0; a < 3; a++)
						q[perm[a]] = (flips >> a & 1) == 1 ? g - 1 - p[a] : p[a];
					out[p[0] + g * (p[1] + g * p[2])] = cube[q[0] + g * (q[1] + g * q[2])];
				}
		return out;
	}

	/**
	 * Symmetry {@code s} of a g^2 square (x fastest): bit 2 transposes, bit 0 flips x, bit 1 flips y.
	 *
	 * @param s 0..7
	 */
	public static float[] square(float[] square, int g, int s) {
		float[] out = new float[square.length];
		for (int y = 0; y < g; y++)
			for (int x = 0; x < g; x++) {
				int sx = (s & 1) == 1 ? g - 1 - x : x, sy = (s & 2) == 2 ? g - 1 - y : y;
				out[x + g * y] = (s & 4) == 4 ? square[sy + g * sx] : square[sx + g * sy];
			}
		return out;
	}
}
