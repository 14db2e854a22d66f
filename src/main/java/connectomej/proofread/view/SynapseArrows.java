package connectomej.proofread.view;

import connectomej.synapse.DetectedSynapse;

/**
 * Where to draw a synapse's direction on a section: an arrow through the cleft centroid, from the side of the
 * presynaptic segment to the side of the postsynaptic one. The sides are the centroids of the pre and post voxels in
 * a square window around the cleft.
 */
public final class SynapseArrows {

	private SynapseArrows() {}

	/** Arrow end points in pixels: from (x1, y1), presynaptic side, to (x2, y2), postsynaptic side. */
	public record Arrow(double x1, double y1, double x2, double y2) {}

	/**
	 * The arrow of a synapse on one section.
	 *
	 * @param labels segment ids of the section, x fastest
	 * @param width section width, pixels
	 * @param height section height, pixels
	 * @param radius half side of the window searched around the cleft centroid, and half the arrow length, pixels
	 * @return the arrow, or null when pre or post is 0 or either is absent from the window
	 */
	public static Arrow arrow(long[] labels, int width, int height, DetectedSynapse synapse, int radius) {
		if (synapse.pre() == 0 || synapse.post() == 0)
			return null;
		double[] pre = centroid(labels, width, height, synapse, radius, synapse.pre());
		double[] post = centroid(labels, width, height, synapse, radius, synapse.post());
		if (pre == null || post == null)
			return null;
		double dx = post[0] - pre[0], dy = post[1] - pre[1], length = Math.hypot(dx, dy);
		if (length == 0)
			return null;
		double ux = dx / length * radius, uy = dy / length * radius;
		return new Arrow(synapse.x() - ux, synapse.y() - uy, synapse.x() + ux, synapse.y() + uy);
	}

	private static double[] centroid(long[] labels, int width, int height, DetectedSynapse s, int radius, long id) {
		int cx = (int) Math.round(s.x()), cy = (int) Math.round(s.y());
		double sx = 0, sy = 0;
		long n = 0;
		for (int y = Math.max(0, cy - radius); y <= Math.min(height - 1, cy + radius); y++)
			for (int x = Math.max(0, cx - radius); x <= Math.min(width - 1, cx + radius); x++)
				if (labels[x + y * width] == id) {
					sx += x;
					sy += y;
					n++;
				}
		return n == 0 ? null : new double[] { sx / n, sy / n };
	}
}
