package connectomej.merge;

import java.util.List;

/**
 * Where windows are centred on an object: points inside it, along its skeleton. The MergeNet paper (Rolnick et al.
 * 2017, arXiv 1705.10882) centres windows on skeleton points; {@link MedialSamples} is a distance-transform stand-in
 * that a skeletonizer can replace.
 */
public interface CentrePoints {

	/**
	 * @param mask the object
	 * @param voxelSize nm per voxel, x, y, z
	 * @param spacing least distance between two returned points, nm
	 * @return points inside the object, volume coordinates x, y, z (voxels), most central first; at least one for a
	 *         non-empty mask
	 */
	List<int[]> of(ObjectMask mask, double[] voxelSize, double spacing);

	/**
	 * As {@link #of(ObjectMask, double[], double)} for the object with label {@code id}; implementations that know
	 * each object's skeleton ({@link SkeletonCentres}) use the id, the default ignores it.
	 */
	default List<int[]> of(long id, ObjectMask mask, double[] voxelSize, double spacing) {
		return of(mask, voxelSize, spacing);
	}
}
