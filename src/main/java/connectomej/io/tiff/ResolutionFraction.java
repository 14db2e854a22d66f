package connectomej.io.tiff;

/** Pixels per nm as a TIFF RATIONAL that gives the voxel size back exactly for sizes with up to 6 decimals. */
final class ResolutionFraction {

	private ResolutionFraction() {}

	/**
	 * @param nanometresPerPixel voxel size along one axis, in nm
	 * @return {numerator, denominator}, both in [1, 2^32 - 1], with numerator / denominator = 1 / size
	 */
	static long[] of(double nanometresPerPixel) {
		long numerator = 1_000_000;
		while (numerator > 1 && Math.round(nanometresPerPixel * numerator) > 0xffffffffL)
			numerator /= 10;
		long denominator = Math.max(1, Math.min(0xffffffffL, Math.round(nanometresPerPixel * numerator)));
		return new long[] { numerator, denominator };
	}
}
