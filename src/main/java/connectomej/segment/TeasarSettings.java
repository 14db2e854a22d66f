package connectomej.segment;

/**
 * Settings of {@link Teasar} skeletonization.
 *
 * @param scale invalidation radius around each skeleton node: {@code scale * (distance to surface) + constant}
 * @param constant nm added to the invalidation radius
 * @param penalty weight of the penalty that pulls paths to the object's centre: an edge into voxel v costs its
 *            length times {@code 1 + penalty * (1 - dbf(v) / max dbf)^16} (Sato et al. 2000; kimimaro uses 5000)
 */
public record TeasarSettings(double scale, double constant, double penalty) {

	public TeasarSettings {
		if (!(scale >= 0 && constant >= 0 && penalty >= 0))
			throw new IllegalArgumentException("TEASAR scale, constant and penalty must be >= 0");
	}

	/** Scale 2, constant 1 voxel-length {@code nm}, penalty 5000. */
	public static TeasarSettings defaults(double nm) {
		return new TeasarSettings(2, nm, 5000);
	}
}
