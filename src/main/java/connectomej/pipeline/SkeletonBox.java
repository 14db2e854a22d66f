package connectomej.pipeline;

import connectomej.segment.ObjectStatistics;
import connectomej.volume.VoxelSize;

/**
 * The grid on which one object is skeletonized, so that TEASAR's memory (about 50 bytes per voxel of the object's
 * bounding box: mask, distance to boundary, three Dijkstra distance fields, parents, node index) stays bounded
 * whatever the object's extent. Objects whose bounding box (grown by one voxel) holds at most {@link #MAX_VOXELS}
 * voxels use the full grid; larger ones are sampled every {@code step[d]} voxels along axis d, the steps raised one at
 * a time on the axis with the finest sampling in nm until the box fits.
 *
 * @param step sampling step per axis x, y, z, each >= 1 (all 1: the full grid)
 */
record SkeletonBox(long[] step) {

	/** Largest bounding box skeletonized at full resolution, voxels (2^23; about 400 MB of TEASAR working memory). */
	static final long MAX_VOXELS = 1L << 23;

	/** The coarsest-necessary grid for an object. */
	static SkeletonBox of(ObjectStatistics object, VoxelSize voxelSize) {
		double[] spacing = voxelSize.toArray();
		long[] step = { 1, 1, 1 };
		while (boxVoxels(object, step) > MAX_VOXELS) {
			int finest = -1;
			for (int d = 0; d < 3; d++)
				if (extent(object, d) > step[d] && (finest < 0 || spacing[d] * step[d] < spacing[finest] * step[finest]))
					finest = d;
			step[finest]++;
		}
		return new SkeletonBox(step);
	}

	/** True when the object is skeletonized on the full grid. */
	boolean full() {
		return step[0] == 1 && step[1] == 1 && step[2] == 1;
	}

	/** The object's statistics in the coordinates of the sampled grid (bounding box covering every sampled voxel). */
	ObjectStatistics sampled(ObjectStatistics o) {
		long[] min = new long[3], max = new long[3];
		double[] centroid = new double[3];
		for (int d = 0; d < 3; d++) {
			min[d] = Math.floorDiv(o.min()[d], step[d]);
			max[d] = Math.floorDiv(o.max()[d], step[d]);
			centroid[d] = o.centroid()[d] / step[d];
		}
		return new ObjectStatistics(o.id(), o.voxels(), min, max, centroid);
	}

	/** The voxel size of the sampled grid, nm. */
	VoxelSize sampled(VoxelSize v) {
		return new VoxelSize(v.x() * step[0], v.y() * step[1], v.z() * step[2]);
	}

	private static long extent(ObjectStatistics o, int d) {
		return o.max()[d] - o.min()[d] + 3;
	}

	private static long boxVoxels(ObjectStatistics o, long[] step) {
		long n = 1;
		for (int d = 0; d < 3; d++)
			n *= (extent(o, d) + step[d] - 1) / step[d] + 1;
		return n;
	}
}
