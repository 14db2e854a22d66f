package connectomej.proofread;

import java.io.IOException;

import connectomej.synapse.DetectedSynapse;
import connectomej.volume.VoxelSize;

/**
 * Where a synapse's partners were found, so that they can be re-derived after edits: for each side, a voxel of the
 * original segmentation that held the original partner id. Pre anchor = the voxel of the original pre segment
 * nearest (nm) to the cleft centroid; post anchor likewise for post. When the original pre and post are one segment
 * (an autapse, typically a false merge across the cleft), the post anchor is the voxel of that segment nearest the
 * reflection of the pre anchor through the centroid, i.e. on the other side of the cleft; a split through the cleft
 * then puts the two anchors into different segments. (Which side was presynaptic is not recorded in the synapse
 * table, so the direction of such a former autapse is a guess.) Voxels are searched within {@link #RADIUS} voxels in
 * x and y of the centroid and the sections covering the same distance in nm along z (at least one on each side).
 *
 * @param pre x, y, z voxels, or null when the original pre was 0 or not found nearby
 * @param post x, y, z voxels, or null
 */
record SynapseAnchors(int[] pre, int[] post) {

	/** Search radius in x and y, voxels. */
	static final int RADIUS = 16;

	/** Reads original labels of section z. */
	@FunctionalInterface
	interface OriginalLabels {

		long[] read(int z) throws IOException;
	}

	/** Finds the anchors of one synapse in the original labels. */
	static SynapseAnchors find(DetectedSynapse s, OriginalLabels labels, long[] dims, VoxelSize voxelSize) throws IOException {
		double[] c = { s.x(), s.y(), s.z() };
		int[] pre = s.pre() == 0 ? null : nearest(s.pre(), c, c, labels, dims, voxelSize);
		int[] post;
		if (s.post() == 0)
			post = null;
		else if (s.post() != s.pre() || pre == null)
			post = nearest(s.post(), c, c, labels, dims, voxelSize);
		else
			post = nearest(s.post(), c, new double[] { 2 * c[0] - pre[0], 2 * c[1] - pre[1], 2 * c[2] - pre[2] }, labels, dims, voxelSize);
		return new SynapseAnchors(pre, post);
	}

	/** The voxel labelled {@code id} nearest to {@code target}, within the window around {@code centre}. */
	private static int[] nearest(long id, double[] centre, double[] target, OriginalLabels labels, long[] dims, VoxelSize vs)
			throws IOException {
		int rz = Math.max(1, (int) Math.round(RADIUS * vs.x() / vs.z()));
		int[] lo = new int[3], hi = new int[3];
		int[] radius = { RADIUS, RADIUS, rz };
		for (int d = 0; d < 3; d++) {
			lo[d] = (int) Math.max(0, Math.floor(centre[d]) - radius[d]);
			hi[d] = (int) Math.min(dims[d] - 1, Math.ceil(centre[d]) + radius[d]);
		}
		int[] best = null;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (int z = lo[2]; z <= hi[2]; z++) {
			long[] section = labels.read(z);
			for (int y = lo[1]; y <= hi[1]; y++)
				for (int x = lo[0]; x <= hi[0]; x++) {
					if (section[x + y * (int) dims[0]] != id)
						continue;
					double dx = (x - target[0]) * vs.x(), dy = (y - target[1]) * vs.y(), dz = (z - target[2]) * vs.z();
					double distance = dx * dx + dy * dy + dz * dz;
					if (distance < bestDistance) {
						bestDistance = distance;
						best = new int[] { x, y, z };
					}
				}
		}
		return best;
	}
}
