package connectomej.segment;

/**
 * Settings of the {@link Agglomeration}.
 *
 * @param threshold merge while the best edge scores at most this value, in [0, 1]
 * @param score the edge statistic that ranks merges
 * @param minSize objects smaller than this (voxels) are then merged into the neighbour with the lowest edge
 *            score, or dropped to 0 when they have none; 0 or 1 keeps every object
 * @param neckWeight weight of the {@link NeckPenalty} blended into the edge score, &gt;= 0; 0 (the default) ranks by
 *            the edge score alone
 */
public record AgglomerationSettings(double threshold, EdgeScore score, long minSize, double neckWeight) {

	public AgglomerationSettings {
		if (!(threshold >= 0 && threshold <= 1))
			throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
		if (minSize < 0)
			throw new IllegalArgumentException("minimum size must be >= 0 voxels, got " + minSize);
		if (score == null)
			throw new NullPointerException("score");
		if (!(neckWeight >= 0) || Double.isInfinite(neckWeight))
			throw new IllegalArgumentException("neck weight must be finite and >= 0, got " + neckWeight);
	}

	/** Settings without the neck penalty. */
	public AgglomerationSettings(double threshold, EdgeScore score, long minSize) {
		this(threshold, score, minSize, 0);
	}

	/** Mean-probability merging up to {@code threshold}, no size filter. */
	public static AgglomerationSettings threshold(double threshold) {
		return new AgglomerationSettings(threshold, EdgeScore.MEAN, 0);
	}

	/** These settings with another size filter (voxels). */
	public AgglomerationSettings withMinSize(long voxels) {
		return new AgglomerationSettings(threshold, score, voxels, neckWeight);
	}

	/** These settings with another threshold. */
	public AgglomerationSettings withThreshold(double t) {
		return new AgglomerationSettings(t, score, minSize, neckWeight);
	}

	/** These settings with another weight of the {@link NeckPenalty}. */
	public AgglomerationSettings withNeckWeight(double weight) {
		return new AgglomerationSettings(threshold, score, minSize, weight);
	}
}
