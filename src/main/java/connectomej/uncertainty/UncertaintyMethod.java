package connectomej.uncertainty;

/**
 * How samples are drawn. The first three are training-free (Mi et al. 2019, arXiv 1910.04858) and work on any
 * model; Monte Carlo dropout needs a model trained with dropout.
 */
public enum UncertaintyMethod {

	/** infer-transformation: the 8 symmetries of the section (identity first). */
	TRANSFORMATION("transformation"),
	/** infer-noise: Gaussian noise on one layer's activations. */
	NOISE("noise"),
	/** infer-dropout: dropout on one layer's activations, at inference only. */
	DROPOUT("dropout"),
	/** Monte Carlo dropout: the model's own training dropout kept on at inference. */
	MC_DROPOUT("mc-dropout");

	private final String label;

	UncertaintyMethod(String label) {
		this.label = label;
	}

	/** The name on the command line and in reports. */
	public String label() {
		return label;
	}

	/** The method with this {@link #label()}. */
	public static UncertaintyMethod of(String label) {
		for (UncertaintyMethod m : values())
			if (m.label.equals(label))
				return m;
		throw new IllegalArgumentException("unknown method '" + label + "': use transformation, noise, dropout or mc-dropout");
	}
}
