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
}
