package connectomej.segment;

/**
 * A merge penalty for narrow contacts ("necks"): a segment that leaks into its neighbour through a gap in the
 * boundary map touches it over a contact much smaller than the objects, while two pieces of one over-segmented
 * neurite touch over about a cross-section. The contact ratio compares the contact area with the surface scale of the
 * smaller region, {@code area / min(sizeA, sizeB)^(2/3)} (dimensionless: faces against voxels^(2/3), both areas); the
 * penalty is {@code 1 - min(1, ratio)}, 0 for wide contacts and near 1 for pinholes. The {@link Agglomeration}
 * blends it into the edge score with a weight chosen on a validation volume ({@link AgglomerationSettings#neckWeight}),
 * in the spirit of the size- and contact-aware merge features of gala (Nunez-Iglesias et al. 2013, PLoS ONE 8:e71715).
 */
public final class NeckPenalty {

	private NeckPenalty() {}

	/**
	 * The penalty of a contact, in [0, 1].
	 *
	 * @param area contact area (number of boundary samples, about voxel faces)
	 * @param sizeA voxels of one region (&gt; 0)
	 * @param sizeB voxels of the other region (&gt; 0)
	 */
	public static double of(long area, long sizeA, long sizeB) {
		double scale = Math.pow(Math.max(1, Math.min(sizeA, sizeB)), 2.0 / 3);
		return 1 - Math.min(1, area / scale);
	}

	/**
	 * An edge score with the penalty blended in: {@code (score + weight * penalty) / (1 + weight)}, in [0, 1] when
	 * both are.
	 *
	 * @param score the edge score ({@link EdgeScore}), in [0, 1]
	 * @param weight the penalty's weight, &gt;= 0 (0 returns {@code score})
	 */
	public static double blend(double score, double weight, long area, long sizeA, long sizeB) {
		if (weight == 0)
			return score;
		return (score + weight * of(area, sizeA, sizeB)) / (1 + weight);
	}
}
