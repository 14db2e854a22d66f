package connectomej.synth;

/**
 * What lies at a pixel of a synthetic TEM section, for sorting the errors of a membrane prediction: the first that
 * applies, in declaration order. Contact bands are split by how much the section's thickness widens them
 * (w = imaged half width - 7 nm: under 2 nm a membrane cut nearly square, 8 nm and more one lying nearly in the plane).
 */
enum PixelCategory {
	CLEFT, POCKET, SEPARATION, VESICLE, BAND_SQUARE, BAND_OBLIQUE, BAND_FLAT, PSD, MITOCHONDRION, CYTOPLASM;

	/** How far beyond the imaged half width (nm) a pixel still counts as on a contact band. */
	private static final double BAND_MARGIN_NM = 8;

	/** The category of a classified pixel whose ground truth is {@code membrane}. */
	static PixelCategory of(TissueSample s, boolean membrane) {
		if (s.cleft != 0)
			return CLEFT;
		if (s.extracellular)
			return POCKET;
		if (membrane && s.label != 0)
			return SEPARATION;
		if (!membrane && !Double.isNaN(s.vesicleRadial))
			return VESICLE;
		if (s.interfaceDistance < s.bandHalfWidth + BAND_MARGIN_NM)
			return band(widening(s));
		if (!Double.isNaN(s.psd))
			return PSD;
		return s.mito >= 0 ? MITOCHONDRION : CYTOPLASM;
	}

	/** How much the section thickness widens the band here, nm (0 for a membrane cut square). */
	static double widening(TissueSample s) {
		return s.bandHalfWidth - TissueClassifier.MEMBRANE_NM / 2;
	}

	/** The membrane band's darkening of the clean image at the pixel, 0..1, as {@link Shading} draws it (clefts aside). */
	static double visibleDarkening(TissueSample s) {
		if (Double.isInfinite(s.interfaceDistance))
			return 0;
		double u = s.interfaceDistance / s.bandHalfWidth;
		return Math.min(1, s.stain) / (1 + u * u * u * u);
	}

	/**
	 * In-plane distance (pixels) from the pixel centre to the edge of the ground-truth band of its contact, for a
	 * section {@code sectionNm} thick of {@code pixelNm} pixels; +inf off contacts. Uses the generator's rule: ground
	 * truth half width = imaged half width = 7 nm + w, with w = (section / 2) |n_z| (before session 4 of issue 3 the
	 * truth stopped at 7 nm + min(w, 8 nm)).
	 */
	static double edgeDistancePx(TissueSample s, double sectionNm, double pixelNm) {
		if (Double.isInfinite(s.interfaceDistance))
			return Double.POSITIVE_INFINITY;
		double w = widening(s), nz = Math.min(0.999, w / (sectionNm / 2));
		return Math.abs(s.interfaceDistance - s.bandHalfWidth) / Math.sqrt(1 - nz * nz) / pixelNm;
	}

	private static PixelCategory band(double widening) {
		return widening < 2 ? BAND_SQUARE : widening < 8 ? BAND_OBLIQUE : BAND_FLAT;
	}
}
