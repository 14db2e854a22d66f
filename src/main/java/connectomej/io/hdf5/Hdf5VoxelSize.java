package connectomej.io.hdf5;

import connectomej.volume.VoxelSize;
import io.jhdf.api.Attribute;
import io.jhdf.api.Node;

/**
 * An HDF5 dataset's voxel size: the CREMI {@code resolution} attribute (three numbers z, y, x in nm), else the
 * {@code element_size_um} attribute that Fiji's HDF5 plugin and ilastik write (z, y, x in µm).
 */
final class Hdf5VoxelSize {

	static final String ATTRIBUTE = "resolution";
	static final String MICRONS = "element_size_um";

	private Hdf5VoxelSize() {}

	static double[] toZyx(VoxelSize v) {
		return new double[] { v.z(), v.y(), v.x() };
	}

	/**
	 * The voxel size from the node's {@code resolution} attribute (nm), else its {@code element_size_um} (µm, taken
	 * times 1000), or 1 nm per axis when it has neither or they are odd (not three positive numbers).
	 */
	static VoxelSize of(Node node) {
		VoxelSize nm = VoxelSize.stored(data(node.getAttribute(ATTRIBUTE)), true, 1);
		return nm.isUnrecorded() ? VoxelSize.stored(data(node.getAttribute(MICRONS)), true, 1000) : nm;
	}

	private static Object data(Attribute a) {
		return a == null ? null : a.getData();
	}
}
