package connectomej.track;

/** Labels the next section from a labelled seed section; 0 where the tracker claims no seed object. */
public interface SectionTracker {

	/**
	 * @param seeds object ids of the seed section (0 = none), index y * width + x
	 * @param seedEm standardized EM of the seed section
	 * @param nextEm standardized EM of the next section
	 * @return object ids of the next section, 0 where no seed object was found
	 */
	long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height);

	/**
	 * As {@link #propagate(long[], float[], float[], int, int)}, with regions of the next section ({@link SectionRegions})
	 * that a tracker may decode as wholes; by default they are ignored.
	 *
	 * @param nextRegions region labels 1..n of the next section, 0 = none, -r = in region r without a vote, index
	 *            y * width + x
	 */
	default long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int[] nextRegions, int width, int height) {
		return propagate(seeds, seedEm, nextEm, width, height);
	}
}
