package connectomej.synth;

/**
 * Smooth 3D value noise: hashed values on the integer lattice, interpolated with a smoothstep. Gives the
 * low-frequency texture of cytoplasm and the irregularity of cristae, the same at a point whatever block asks.
 */
final class ValueNoise {

	private ValueNoise() {}

	/**
	 * Noise in [0, 1] at a point given in lattice units (1 = one lattice cell).
	 *
	 * @param seed stream selector
	 */
	static double at(long seed, double x, double y, double z) {
		long ix = (long) Math.floor(x), iy = (long) Math.floor(y), iz = (long) Math.floor(z);
		double fx = smooth(x - ix), fy = smooth(y - iy), fz = smooth(z - iz);
		double c00 = lerp(fx, corner(seed, ix, iy, iz), corner(seed, ix + 1, iy, iz));
		double c10 = lerp(fx, corner(seed, ix, iy + 1, iz), corner(seed, ix + 1, iy + 1, iz));
		double c01 = lerp(fx, corner(seed, ix, iy, iz + 1), corner(seed, ix + 1, iy, iz + 1));
		double c11 = lerp(fx, corner(seed, ix, iy + 1, iz + 1), corner(seed, ix + 1, iy + 1, iz + 1));
		return lerp(fz, lerp(fy, c00, c10), lerp(fy, c01, c11));
	}

	private static double corner(long seed, long x, long y, long z) {
		return VoxelHash.uniform(seed, x, y, z);
	}

	private static double smooth(double t) {
		return t * t * (3 - 2 * t);
	}

	private static double lerp(double t, double a, double b) {
		return a + t * (b - a);
	}
}
