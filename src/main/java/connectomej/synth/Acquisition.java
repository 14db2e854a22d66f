package connectomej.synth;

/**
 * What the microscope adds to a blurred image: section-to-section brightness and contrast drift (smooth waves plus
 * a per-section jitter), shot noise (Poisson, approximated by a Gaussian of variance signal / photons per grey
 * level) and additive detector noise. Every random number comes from a hash of (seed, x, y, z).
 */
final class Acquisition {

	private final SynthSettings s;
	private final long seed;

	Acquisition(SynthSettings settings) {
		this.s = settings;
		this.seed = VoxelHash.mix(settings.seed() ^ 0x6e6f697365L);
	}

	/** Contrast factor and brightness offset (grey levels) of section z: {contrast, offset}. */
	double[] section(long z) {
		return new double[] { 1 + s.sectionDrift() / 100 * drift(z, 1), s.sectionDrift() * drift(z, 2) };
	}

	/** The 8-bit grey value recorded for a clean grey value v at voxel (x, y, z) of a section with {@link #section}. */
	int record(double v, long x, long y, long z, double[] section) {
		double value = 128 + section[0] * (v - 128) + section[1];
		double shot = s.photonsPerGrey() > 0 ? Math.sqrt(Math.max(value, 1) / s.photonsPerGrey()) : 0;
		double n1 = VoxelHash.gaussian(seed, x, y, z), n2 = VoxelHash.gaussian(seed + 1, x, y, z);
		value += shot * n1 + s.gaussianNoise() * n2;
		return (int) Math.max(0, Math.min(255, Math.round(value)));
	}

	/** Drift in about [-1, 1] for section z and stream k. */
	private double drift(long z, int k) {
		double phase = 2 * Math.PI * VoxelHash.uniform(seed, k, 0, 0);
		double wave = StrictMath.sin(2 * Math.PI * z / 23.0 + phase);
		double jitter = 2 * VoxelHash.uniform(seed, k, 1, z) - 1;
		return s.modality().projectsSections() ? 0.5 * wave + 0.5 * jitter : 0.8 * wave + 0.2 * jitter;
	}
}
