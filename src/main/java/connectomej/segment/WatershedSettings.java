package connectomej.segment;

import java.util.Locale;

import connectomej.volume.VoxelSize;

/**
 * Settings of the seeded watershed ({@link SeededWatershed}).
 *
 * @param seedThreshold voxels with membrane probability below this value form the seed region, in [0, 1]
 * @param minSeedDistance seeds keep only seed-region voxels at least this far (nm) from the nearest voxel outside
 *            the seed region, which cuts thin necks between cells; 0 keeps the whole region
 * @param perSection true for anisotropic serial sections: seeds, distances and flooding in each z section
 *            separately (2D supervoxels); linking across sections is left to the agglomeration, whose region graph
 *            joins 2D supervoxels of neighbouring sections by their contact
 * @param maximaSmoothing 0: seeds are the connected components of the seed region; > 0: seeds are the local
 *            maxima of the seed region's distance transform after Gaussian smoothing with this sigma (nm), the
 *            distance-transform watershed (as in Beier et al. 2017, "Multicut brings automated neurite segmentation
 *            closer to human performance", Nat. Methods 14:101): a region that leaks through a gap in the membrane
 *            gets one seed per thick part instead of one seed in all
 */
public record WatershedSettings(double seedThreshold, double minSeedDistance, boolean perSection, double maximaSmoothing) {

	public WatershedSettings {
		if (!(seedThreshold >= 0 && seedThreshold <= 1))
			throw new IllegalArgumentException("seed threshold must be in [0, 1], got " + seedThreshold);
		if (!(minSeedDistance >= 0) || Double.isInfinite(minSeedDistance))
			throw new IllegalArgumentException("minimum seed distance must be finite and >= 0 nm, got " + minSeedDistance);
		if (!(maximaSmoothing >= 0) || Double.isInfinite(maximaSmoothing))
			throw new IllegalArgumentException("maxima smoothing must be finite and >= 0 nm, got " + maximaSmoothing);
	}

	/** Seeds from connected components (no distance maxima). */
	public WatershedSettings(double seedThreshold, double minSeedDistance, boolean perSection) {
		this(seedThreshold, minSeedDistance, perSection, 0);
	}

	/** 3D watershed seeded by the connected components of probability < {@code seedThreshold}. */
	public static WatershedSettings threshold(double seedThreshold) {
		return new WatershedSettings(seedThreshold, 0, false);
	}

	/** These settings with another minimum seed distance (nm). */
	public WatershedSettings withMinSeedDistance(double nm) {
		return new WatershedSettings(seedThreshold, nm, perSection, maximaSmoothing);
	}

	/** These settings, per z section or in 3D. */
	public WatershedSettings withPerSection(boolean perSectionFlooding) {
		return new WatershedSettings(seedThreshold, minSeedDistance, perSectionFlooding, maximaSmoothing);
	}

	/** These settings with seeds at distance-transform maxima smoothed by {@code sigma} nm (0: components). */
	public WatershedSettings withMaximaSmoothing(double sigma) {
		return new WatershedSettings(seedThreshold, minSeedDistance, perSection, sigma);
	}

	/**
	 * Advice for serial sections flooded in 3D: sections several times thicker than their pixels show a membrane that
	 * runs obliquely as a wide grey band, which a 3D watershed tends to leak through, so the 2D watershed per section
	 * (linked by the agglomeration) usually does better.
	 *
	 * @param voxelSize the volume's voxel size, nm, x, y, z
	 * @return the advice, or null when it does not apply (per section already, or z less than 3 times x)
	 */
	public String anisotropyHint(VoxelSize voxelSize) {
		if (perSection || voxelSize.anisotropy() < 3)
			return null;
		return String.format(Locale.ROOT, "sections are %.0f times thicker than their pixels (%s): serial sections usually "
				+ "segment better with the 2D watershed per section (--per-section; per_section in Fiji), as "
				+ "`connectomej demo` runs it", voxelSize.anisotropy(), voxelSize);
	}
}
