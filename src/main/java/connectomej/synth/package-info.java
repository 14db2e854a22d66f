/**
 * Synthetic electron-microscopy volumes with exact ground truth, for training and testing the suite's methods.
 * <p>
 * {@link connectomej.synth.SyntheticEm} grows neuropil from a {@link connectomej.synth.SynthSettings} seed: densely
 * packed axons (radius ~40-110 nm, with boutons) and branching dendrites (~150-350 nm), each voxel belonging to the
 * neurite tube nearest to it (distance to the axis minus the radius), with a ~14 nm dark band of membrane on every
 * contact; small extracellular pockets where three neurites meet; mitochondria with cristae; synapses as a ~20-30 nm
 * cleft with a ~35 nm PSD on the postsynaptic side and a cloud of ~40 nm vesicles within ~300 nm on the presynaptic
 * side. Dimensions follow the usual ultrastructure of cortical neuropil (Harris and Weinberg 2012, "Ultrastructure of
 * synapses in the mammalian brain", Cold Spring Harb. Perspect. Biol. 4:a005587).
 * <p>
 * Ground-truth conventions: neuron ids are {@code UnsignedLongType}, 0 = boundary (membranes, clefts and
 * extracellular space); the membrane mask is exactly {@code id == 0}; all masks are {@code UnsignedByteType} holding
 * 0 or 1; the cleft mask is a subset of the membrane mask; mitochondria lie inside neuron labels; vesicles lie in the
 * presynaptic neuron. Distinct neurons never touch in the plane (nor along z in FIB-SEM). Synapse table: id, cleft
 * centroid x, y, z in voxels, pre and post neuron ids, cleft size in voxels.
 * <p>
 * Voxel (i, j, k) has its centre at (i vx, j vy, k vz) nm; any interval can be rendered, identical whatever the block
 * decomposition, so volumes larger than memory are produced block by block.
 */
package connectomej.synth;
