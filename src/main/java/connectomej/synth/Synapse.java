package connectomej.synth;

/**
 * One row of the ground-truth synapse table of a synthetic volume.
 *
 * @param id synapse id, 1..n
 * @param x cleft centroid x, voxels
 * @param y cleft centroid y, voxels
 * @param z cleft centroid z, voxels
 * @param pre presynaptic neuron id (as in the neuron label image)
 * @param post postsynaptic neuron id
 * @param cleftVoxels number of cleft voxels inside the volume
 */
public record Synapse(int id, double x, double y, double z, long pre, long post, long cleftVoxels) {

	/** Header of {@link #toCsvRow()}. */
	public static final String CSV_HEADER = "id,x,y,z,pre,post,cleft_voxels";

	/** This row as CSV: id, centroid x, y, z (voxels), pre, post, cleft size (voxels). */
	public String toCsvRow() {
		return String.format(java.util.Locale.ROOT, "%d,%.2f,%.2f,%.2f,%d,%d,%d", id, x, y, z, pre, post, cleftVoxels);
	}
}
