package connectomej.proofread;

/**
 * An axis-aligned box of voxels, inclusive bounds, axes x, y, z.
 *
 * @param min smallest x, y, z
 * @param max largest x, y, z
 */
record SegmentBox(int[] min, int[] max) {

	/** The box of one voxel. */
	static SegmentBox of(int x, int y, int z) {
		return new SegmentBox(new int[] { x, y, z }, new int[] { x, y, z });
	}

	/** The smallest box holding both. */
	SegmentBox union(SegmentBox other) {
		int[] lo = new int[3], hi = new int[3];
		for (int d = 0; d < 3; d++) {
			lo[d] = Math.min(min[d], other.min[d]);
			hi[d] = Math.max(max[d], other.max[d]);
		}
		return new SegmentBox(lo, hi);
	}

	/** Voxels along axis {@code d}. */
	int size(int d) {
		return max[d] - min[d] + 1;
	}

	boolean contains(int[] p) {
		for (int d = 0; d < 3; d++)
			if (p[d] < min[d] || p[d] > max[d])
				return false;
		return true;
	}
}
