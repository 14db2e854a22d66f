package connectomej.synth;

/**
 * The geometry of one synapse: a disc on the contact surface between two neurons.
 *
 * @param id synapse id, >= 1
 * @param centre a point on the contact surface, nm (x, y, z)
 * @param normal unit normal of the contact, pointing from the pre- into the postsynaptic neuron
 * @param radius disc radius, nm (the cleft and the PSD are ~2 radius wide)
 * @param pre presynaptic neuron id
 * @param post postsynaptic neuron id
 */
record SynapseSite(int id, double[] centre, double[] normal, double radius, int pre, int post) {

	/** Reach (nm) beyond the disc in which the site can affect voxels: cleft, PSD and the bounding box margin. */
	static final double REACH_NM = 60;

	/**
	 * Distance (nm) of the point from the disc's axis if it lies in the disc's slab (|offset along the normal| <=
	 * {@link #REACH_NM}), else +infinity.
	 */
	double lateralDistance(double x, double y, double z) {
		double dx = x - centre[0], dy = y - centre[1], dz = z - centre[2];
		double along = dx * normal[0] + dy * normal[1] + dz * normal[2];
		if (Math.abs(along) > REACH_NM)
			return Double.POSITIVE_INFINITY;
		return Math.sqrt(Math.max(0, dx * dx + dy * dy + dz * dz - along * along));
	}

	/** True if the neurons a and b are this synapse's partners, in either order. */
	boolean joins(int a, int b) {
		return a == pre && b == post || a == post && b == pre;
	}

	/** Bounding box {min, max} of the region the site affects, nm. */
	double[][] bounds() {
		double r = radius + REACH_NM;
		return new double[][] { { centre[0] - r, centre[1] - r, centre[2] - r }, { centre[0] + r, centre[1] + r, centre[2] + r } };
	}
}
