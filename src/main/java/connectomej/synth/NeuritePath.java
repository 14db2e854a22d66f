package connectomej.synth;

/**
 * One unbranched piece of a neurite: a polyline of centre points with a radius at each, all in nm.
 *
 * @param neuron the neuron id this piece belongs to (branches share their parent's id), >= 1
 * @param axon true for a thin axon (a likely presynaptic partner), false for a dendrite
 * @param x centre x per vertex, nm
 * @param y centre y per vertex, nm
 * @param z centre z per vertex, nm
 * @param r tube radius per vertex, nm
 */
record NeuritePath(int neuron, boolean axon, double[] x, double[] y, double[] z, double[] r) {

	/** Number of vertices. */
	int size() {
		return x.length;
	}
}
