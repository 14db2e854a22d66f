package connectomej.synth;

/** What lies at one voxel: the ground truth and the quantities that shading needs. A mutable, reusable value. */
final class TissueSample {

	/** Nearest neuron (even on a membrane), 0 if none within the cutoff. */
	int nearest;
	/** Ground-truth neuron id: 0 on membranes, clefts and extracellular space. */
	int label;
	/** Distance to the contact surface with the second nearest neuron, nm (+inf if none). */
	double interfaceDistance;
	/** Half width (nm) of the membrane's dark band as imaged (wider where a section cuts it obliquely). */
	double bandHalfWidth;
	/** Darkness of the band: 1 for a membrane cut square, lower when its stain spreads through an oblique section. */
	double stain;
	boolean extracellular;
	/** Synapse id whose cleft holds the voxel, else 0. */
	int cleft;
	/** Synapse id whose disc region holds the voxel, else 0. */
	int synapseNear;
	/** Depth into the PSD (0 at the cleft, 1 at its inner face), NaN outside a PSD. */
	double psd;
	/** Mitochondrion index, -1 if none; with arc length along it (nm) and radial position (0 axis, 1 surface). */
	int mito;
	double mitoAlong, mitoRadial;
	/** Radial position in a vesicle (0 centre, 1 surface), NaN outside vesicles. */
	double vesicleRadial;

	void reset() {
		nearest = 0;
		label = 0;
		interfaceDistance = Double.POSITIVE_INFINITY;
		bandHalfWidth = 1;
		stain = 1;
		extracellular = false;
		cleft = 0;
		synapseNear = 0;
		psd = Double.NaN;
		mito = -1;
		vesicleRadial = Double.NaN;
	}
}
