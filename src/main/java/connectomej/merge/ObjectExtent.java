package connectomej.merge;

/** One object of a label volume: its voxel count and bounding box (inclusive, voxels, x, y, z), filled voxel by voxel. */
public final class ObjectExtent {

	private final long id;
	private long voxels;
	private final int[] min = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE };
	private final int[] max = { Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE };

	/** An empty extent for label {@code id}. */
	public ObjectExtent(long id) {
		this.id = id;
	}

	void add(int x, int y, int z) {
		voxels++;
		int[] p = { x, y, z };
		for (int d = 0; d < 3; d++) {
			min[d] = Math.min(min[d], p[d]);
			max[d] = Math.max(max[d], p[d]);
		}
	}

	/** The label. */
	public long id() {
		return id;
	}

	/** Number of voxels. */
	public long voxels() {
		return voxels;
	}

	/** Smallest coordinate per axis, x, y, z. */
	public int[] min() {
		return min.clone();
	}

	/** Largest coordinate per axis (inclusive), x, y, z. */
	public int[] max() {
		return max.clone();
	}
}
