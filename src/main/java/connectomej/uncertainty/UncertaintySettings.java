package connectomej.uncertainty;

/**
 * What to sample: the method, where and how much to perturb, how many samples.
 *
 * @param method how samples are drawn
 * @param layer perturbed layer, an index into {@link PerturbedNetworks#layers} (noise and dropout only)
 * @param amount noise sigma (activation units) or dropout rate (noise and dropout only)
 * @param samples K >= 2; at most 8 for transformations (the symmetries of the square)
 * @param seed seed of the noise and dropout masks
 */
public record UncertaintySettings(UncertaintyMethod method, int layer, double amount, int samples, long seed) {

	/** Default number of samples: all 8 symmetries of a section. */
	public static final int DEFAULT_SAMPLES = 8;

	public UncertaintySettings {
		if (samples < 2)
			throw new IllegalArgumentException("need at least 2 samples (K >= 2) for a variance, got " + samples);
		if (method == UncertaintyMethod.TRANSFORMATION && samples > 8)
			throw new IllegalArgumentException("a section has 8 symmetries, so at most 8 samples, got " + samples);
		if (method == UncertaintyMethod.NOISE || method == UncertaintyMethod.DROPOUT)
			perturbation(method, layer, amount);
	}

	/** infer-transformation with the first {@code samples} symmetries. */
	public static UncertaintySettings transformation(int samples) {
		return new UncertaintySettings(UncertaintyMethod.TRANSFORMATION, -1, 0, samples, 0);
	}

	/** infer-noise of {@code sigma} (activation units) at perturbable layer {@code layer}. */
	public static UncertaintySettings noise(int layer, double sigma, int samples, long seed) {
		return new UncertaintySettings(UncertaintyMethod.NOISE, layer, sigma, samples, seed);
	}

	/** infer-dropout of {@code rate} at perturbable layer {@code layer}. */
	public static UncertaintySettings dropout(int layer, double rate, int samples, long seed) {
		return new UncertaintySettings(UncertaintyMethod.DROPOUT, layer, rate, samples, seed);
	}

	/** Monte Carlo dropout with the model's own training dropout. */
	public static UncertaintySettings monteCarloDropout(int samples, long seed) {
		return new UncertaintySettings(UncertaintyMethod.MC_DROPOUT, -1, 0, samples, seed);
	}

	/** The layer perturbation of infer-noise or infer-dropout. */
	public Perturbation perturbation() {
		return perturbation(method, layer, amount);
	}

	private static Perturbation perturbation(UncertaintyMethod method, int layer, double amount) {
		if (method != UncertaintyMethod.NOISE && method != UncertaintyMethod.DROPOUT)
			throw new IllegalStateException(method.label() + " perturbs no layer");
		return new Perturbation(method == UncertaintyMethod.NOISE ? Perturbation.Kind.NOISE : Perturbation.Kind.DROPOUT,
				layer, amount);
	}

	@Override
	public String toString() {
		return switch (method) {
			case TRANSFORMATION -> "transformation, K = " + samples;
			case MC_DROPOUT -> "mc-dropout, K = " + samples;
			default -> perturbation() + ", K = " + samples;
		};
	}
}
