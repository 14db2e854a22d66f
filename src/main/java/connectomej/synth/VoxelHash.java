package connectomej.synth;

/**
 * Stateless pseudo-random numbers from integer keys (SplitMix64 finalizer, Steele et al. 2014), so that per-voxel
 * noise depends only on (seed, x, y, z) and never on the order or the blocks in which voxels are made.
 */
final class VoxelHash {

	private VoxelHash() {}

	/** SplitMix64's finalizer: a bijective 64-bit mix. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** A hash of a seed and three integer coordinates. */
	static long hash(long seed, long x, long y, long z) {
		long h = mix(seed + 0x9e3779b97f4a7c15L);
		h = mix(h ^ (x * 0xd6e8feb86659fd93L));
		h = mix(h ^ (y * 0xa0761d6478bd642fL));
		return mix(h ^ (z * 0xe7037ed1a0b428dbL));
	}

	/** Uniform in [0, 1) from a hash. */
	static double uniform(long h) {
		return (h >>> 11) * 0x1.0p-53;
	}

	/** Uniform in [0, 1) for a seed and coordinates. */
	static double uniform(long seed, long x, long y, long z) {
		return uniform(hash(seed, x, y, z));
	}

	/**
	 * Approximately standard normal for a seed and coordinates: the sum of four 16-bit uniforms of one hash, centred
	 * and scaled to unit variance (Irwin-Hall; tails end at +-3.46). Uses no transcendental function, so it is
	 * bit-for-bit the same on every platform.
	 */
	static double gaussian(long seed, long x, long y, long z) {
		long h = hash(seed, x, y, z);
		long sum = (h & 0xffff) + (h >>> 16 & 0xffff) + (h >>> 32 & 0xffff) + (h >>> 48);
		return (sum / 65536.0 - 2) * 1.7320508075688772;
	}
}
