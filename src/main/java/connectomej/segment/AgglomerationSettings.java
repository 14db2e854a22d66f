package connectomej.segment;

/**
 * Settings of the {@link Agglomeration}.
 *
 * @param threshold merge while the best edge scores at most this value, in [0, 1]
 * @param score the edge statistic that ranks merges
 * @param minSize objects smaller than this (voxels) are then merged into the neighbour with the lowest edge
 *            score, or dropped to 0 when they have none; 0 or 1 keeps every object
 */
public record AgglomerationSettings(double threshold, EdgeScore score, long minSize) {

	public AgglomerationSettings {
		if (!(threshold >= 0 && threshold <= 1))
			throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
		if (minSize < 0)
			throw new IllegalArgumentException("minimum size must be >= 0 voxels, got " + minSize);
		if (score == null)
			throw new NullPointerException("score");
	}

	/** Mean-probability merging up to {@code threshold}, no size filter. */
	public static AgglomerationSettings threshold(double threshold) {
		return new AgglomerationSettings(threshold, EdgeScore.MEAN, 0);
	}

	/** These settings with another size filter (voxels). */
	public AgglomerationSettings withMinSize(long voxels) {
		return new AgglomerationSettings(threshold, score, voxels);
	}

	/** These settings with another threshold. */
	public AgglomerationSettings withThreshold(double t) {
		return new AgglomerationSettings(t, score, minSize);
	}
}
