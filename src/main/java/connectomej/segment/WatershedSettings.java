package connectomej.segment;

/**
 * Settings of the seeded watershed ({@link SeededWatershed}).
 *
 * @param seedThreshold voxels with membrane probability below this value form the seed region, in [0, 1]
 * @param minSeedDistance seeds keep only seed-region voxels at least this far (nm) from the nearest voxel outside
 *            the seed region, which cuts thin necks between cells; 0 keeps the whole region
 * @param perSection true for anisotropic serial sections: seeds, distances and flooding in each z section
 *            separately (2D supervoxels); linking across sections is left to the agglomeration, whose region graph
 *            joins 2D supervoxels of neighbouring sections by their contact
 */
public record WatershedSettings(double seedThreshold, double minSeedDistance, boolean perSection) {

	public WatershedSettings {
		if (!(seedThreshold >= 0 && seedThreshold <= 1))
			throw new IllegalArgumentException("seed threshold must be in [0, 1], got " + seedThreshold);
		if (!(minSeedDistance >= 0) || Double.isInfinite(minSeedDistance))
			throw new IllegalArgumentException("minimum seed distance must be finite and >= 0 nm, got " + minSeedDistance);
	}

	/** 3D watershed seeded by the connected components of probability < {@code seedThreshold}. */
	public static WatershedSettings threshold(double seedThreshold) {
		return new WatershedSettings(seedThreshold, 0, false);
	}

	/** These settings with another minimum seed distance (nm). */
	public WatershedSettings withMinSeedDistance(double nm) {
		return new WatershedSettings(seedThreshold, nm, perSection);
	}

	/** These settings, per z section or in 3D. */
	public WatershedSettings withPerSection(boolean perSectionFlooding) {
		return new WatershedSettings(seedThreshold, minSeedDistance, perSectionFlooding);
	}
}
