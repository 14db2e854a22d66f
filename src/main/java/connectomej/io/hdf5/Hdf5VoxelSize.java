package connectomej.io.hdf5;

import java.lang.reflect.Array;

import connectomej.volume.VoxelSize;
import io.jhdf.api.Attribute;
import io.jhdf.api.Node;

/** The CREMI {@code resolution} attribute: voxel size as three numbers z, y, x in nm. */
final class Hdf5VoxelSize {

	static final String ATTRIBUTE = "resolution";

	private Hdf5VoxelSize() {}

	static double[] toZyx(VoxelSize v) {
		return new double[] { v.z(), v.y(), v.x() };
	}

	/** The voxel size from the node's {@code resolution} attribute, or 1 nm per axis when it has none or it is odd. */
	static VoxelSize of(Node node) {
		Attribute a = node.getAttribute(ATTRIBUTE);
		if (a == null)
			return VoxelSize.UNIT;
		Object data = a.getData();
		if (data == null || !data.getClass().isArray() || Array.getLength(data) != 3)
			return VoxelSize.UNIT;
		try {
			double z = number(Array.get(data, 0)), y = number(Array.get(data, 1)), x = number(Array.get(data, 2));
			return new VoxelSize(x, y, z);
		} catch (IllegalArgumentException e) {
			return VoxelSize.UNIT;
		}
	}

	private static double number(Object o) {
		if (o instanceof Number n)
			return n.doubleValue();
		throw new IllegalArgumentException("not a number: " + o);
	}
}
