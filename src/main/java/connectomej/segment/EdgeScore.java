package connectomej.segment;

/** What the agglomeration ranks edges by: a statistic of the boundary probabilities between two regions. */
public enum EdgeScore {
	/** Mean boundary probability. */
	MEAN,
	/** 0.25 quantile (from the edge's histogram): merges where a quarter of the boundary is weak. */
	QUANTILE_25,
	/** Median (from the edge's histogram). */
	MEDIAN,
	/** 0.75 quantile (from the edge's histogram). */
	QUANTILE_75,
	/** 0.9 quantile (from the edge's histogram): merges only where nearly all of the boundary is weak. */
	QUANTILE_90;

	/** The score of edge {@code e}, in [0, 1]; lower merges first. */
	public double of(EdgeStatistics edges, int e) {
		return switch (this) {
			case MEAN -> edges.mean(e);
			case QUANTILE_25 -> edges.quantile(e, 0.25);
			case MEDIAN -> edges.quantile(e, 0.5);
			case QUANTILE_75 -> edges.quantile(e, 0.75);
			case QUANTILE_90 -> edges.quantile(e, 0.9);
		};
	}
}
