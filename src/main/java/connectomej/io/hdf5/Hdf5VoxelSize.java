package connectomej.io.hdf5;

import java.lang.reflect.Array;

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
		double[] nm = zyx(node.getAttribute(ATTRIBUTE), 1);
		if (nm == null)
			nm = zyx(node.getAttribute(MICRONS), 1000);
		return nm == null ? VoxelSize.UNIT : new VoxelSize(nm[2], nm[1], nm[0]);
	}

	/** Three positive numbers z, y, x times {@code scale}, or null. */
	private static double[] zyx(Attribute a, double scale) {
		Object data = a == null ? null : a.getData();
		if (data == null || !data.getClass().isArray() || Array.getLength(data) != 3)
			return null;
		double[] zyx = new double[3];
		for (int i = 0; i < 3; i++) {
			if (!(Array.get(data, i) instanceof Number n) || !(n.doubleValue() > 0) || !Double.isFinite(n.doubleValue()))
				return null;
			zyx[i] = n.doubleValue() * scale;
		}
		return zyx;
	}
}
