package connectomej.track;

/**
 * Regions of a section over which the 3C decoding votes (Meirovitch, Mi et al. 2018, arXiv 1812.01157): every voxel
 * of a region receives the same object id, the one whose code word the region's voxels predict best, so a few wrongly
 * coloured voxels cannot split or seed a wrong object. Regions should over-segment: a region across a boundary
 * merges.
 */
public interface SectionRegions {

	/**
	 * @param z absolute z of the section in the volume being tracked
	 * @param em standardized EM of the section, index y * width + x
	 * @return region labels 1..n per voxel, 0 where a voxel belongs to no region (it is decoded on its own); -r where
	 *         a voxel belongs to region r but does not vote (a boundary voxel, whose predicted colours mean nothing)
	 */
	int[] regions(long z, float[] em, int width, int height);

	/**
	 * These regions for a part of the volume (a tile of {@link BlockwiseTracking}); regions computed from the EM alone
	 * need no change.
	 *
	 * @param area the part, in the coordinates of the tracked volume (x, y, z)
	 */
	default SectionRegions crop(net.imglib2.Interval area) {
		return this;
	}
}
