package connectomej.synapse;

import java.util.Locale;

import connectomej.volume.VoxelSize;

/**
 * One detected synapse: a cleft component that passed the rules of {@link SynapseRules}.
 *
 * @param id label of its cleft in the output label image, 1..n
 * @param x cleft centroid x, voxels
 * @param y cleft centroid y, voxels
 * @param z cleft centroid z, voxels
 * @param cleftVoxels number of cleft voxels
 * @param confidence mean cleft probability over the cleft times the side-density contrast {@code 1 - low / high},
 *            in [0, 1]
 * @param pre presynaptic segment id (the side with more vesicles), 0 when no segmentation was given
 * @param post postsynaptic segment id, 0 when no segmentation was given
 */
public record DetectedSynapse(long id, double x, double y, double z, long cleftVoxels, double confidence, long pre,
		long post) {

	/** Header of {@link #toCsvRow(VoxelSize)}. */
	public static final String CSV_HEADER = "id,x,y,z,x_nm,y_nm,z_nm,cleft_voxels,confidence,pre,post";

	/** This synapse as a CSV row: id, centroid in voxels and in nm, cleft size in voxels, confidence, pre, post. */
	public String toCsvRow(VoxelSize voxelSize) {
		return String.format(Locale.ROOT, "%d,%.2f,%.2f,%.2f,%.1f,%.1f,%.1f,%d,%.4f,%d,%d", id, x, y, z,
				x * voxelSize.x(), y * voxelSize.y(), z * voxelSize.z(), cleftVoxels, confidence, pre, post);
	}
}
