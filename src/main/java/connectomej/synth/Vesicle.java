package connectomej.synth;

/**
 * A synaptic vesicle: a sphere (~40 nm across) in a presynaptic neuron.
 *
 * @param x centre x, nm
 * @param y centre y, nm
 * @param z centre z, nm (in serial-section TEM, the centre of a section: a vesicle is about one section thick)
 * @param radius outer radius, nm
 * @param synapse the synapse whose cloud it belongs to
 */
record Vesicle(double x, double y, double z, double radius, int synapse) {

	/** Bounding box {min, max}, nm. */
	double[][] bounds() {
		return new double[][] { { x - radius, y - radius, z - radius }, { x + radius, y + radius, z + radius } };
	}
}
