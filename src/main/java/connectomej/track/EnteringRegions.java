package connectomej.track;

/**
 * Starts the objects that enter the stack, for 3C's region decoding (Meirovitch, Mi et al. 2018, arXiv 1812.01157;
 * the inference step that starts new objects): a region of the next section that lies mostly over uncoloured seed
 * voxels starts a new object, whatever the colours say. The seeds the sweep hands a tracker are erased where the
 * boundary map is high ({@link BoundarySeeds}), so such a region is cut off from the section before by a membrane that
 * runs along the sections: an object entering there, which colours copied from the section before would give to a
 * neighbour. Wraps the tracker that decodes; per-voxel decoding (no regions) passes through unchanged.
 */
public final class EnteringRegions implements SectionTracker {

	private final SectionTracker tracker;
	private final double share;

	/**
	 * @param tracker the decoding tracker
	 * @param share least share of a region's voxels (voters or not) over an uncoloured seed voxel for the region to start
	 *            a new object, in (0, 1]
	 * @throws IllegalArgumentException when {@code share} is outside (0, 1]
	 */
	public EnteringRegions(SectionTracker tracker, double share) {
		if (!(share > 0 && share <= 1))
			throw new IllegalArgumentException("the entering share must be in (0, 1], not " + share);
		this.tracker = tracker;
		this.share = share;
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		return tracker.propagate(seeds, seedEm, nextEm, width, height);
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int[] nextRegions, int width, int height) {
		long[] next = tracker.propagate(seeds, seedEm, nextEm, nextRegions, width, height);
		int count = 0;
		for (int r : nextRegions)
			count = Math.max(count, Math.abs(r));
		int[] size = new int[count + 1], overBoundary = new int[count + 1];
		for (int i = 0; i < next.length; i++) {
			int r = Math.abs(nextRegions[i]);
			size[r]++;
			if (seeds[i] == 0)
				overBoundary[r]++;
		}
		for (int i = 0; i < next.length; i++) {
			int r = Math.abs(nextRegions[i]);
			if (r != 0 && overBoundary[r] >= share * size[r])
				next[i] = 0;
		}
		return next;
	}
}
