package connectomej.metrics;

/**
 * One synaptic connection: the presynaptic and postsynaptic neuron ids and where the synapse is, in nanometres.
 *
 * @param pre presynaptic neuron (segment) id
 * @param post postsynaptic neuron (segment) id
 * @param x position along x in nm
 * @param y position along y in nm
 * @param z position along z in nm
 */
public record SynapticPartner(long pre, long post, double x, double y, double z) {

	/** Euclidean distance to {@code other}'s location, in nm. */
	public double distanceTo(SynapticPartner other) {
		double dx = x - other.x, dy = y - other.y, dz = z - other.z;
		return Math.sqrt(dx * dx + dy * dy + dz * dz);
	}

	/** The same location with other neuron ids. */
	public SynapticPartner withIds(long newPre, long newPost) {
		return new SynapticPartner(newPre, newPost, x, y, z);
	}
}
