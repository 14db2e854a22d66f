package connectomej.uncertainty;

/**
 * A perturbation of one layer's activations (Mi et al. 2019, arXiv 1910.04858): infer-noise or infer-dropout.
 *
 * @param kind noise or dropout
 * @param layer index into {@link PerturbedNetworks#layers} of the network
 * @param amount noise standard deviation sigma in activation units (> 0, at most {@link #MAX_SIGMA}), or dropout
 *        rate in (0, 1)
 */
public record Perturbation(Kind kind, int layer, double amount) {

	/** Largest accepted noise sigma, activation units. */
	public static final double MAX_SIGMA = 100;

	/** What is done to the activations. */
	public enum Kind {
		NOISE, DROPOUT
	}

	public Perturbation {
		if (kind == Kind.NOISE && !(amount > 0 && amount <= MAX_SIGMA))
			throw new IllegalArgumentException("noise sigma must be in (0, " + MAX_SIGMA + "], got " + amount);
		if (kind == Kind.DROPOUT && !(amount > 0 && amount < 1))
			throw new IllegalArgumentException("dropout rate must be in (0, 1), got " + amount);
	}

	@Override
	public String toString() {
		return (kind == Kind.NOISE ? "noise sigma " : "dropout rate ") + amount + " at layer " + layer;
	}
}
