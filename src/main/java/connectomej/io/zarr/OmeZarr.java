package connectomej.io.zarr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import connectomej.io.BadInputException;
import connectomej.io.LengthUnits;
import connectomej.volume.VoxelSize;

/**
 * The first multiscale image of an OME-Zarr 0.4 group (OME-NGFF 0.4, {@code "multiscales"} in the group's
 * {@code .zattrs}): its axes, and per resolution level the array's path and its {@code scale} transformation. Level 0
 * is the full resolution. A level's voxel size is its scale times the image's global scale (when it has one), in the
 * axes' units.
 *
 * @param version the {@code "version"} given, or "unknown"
 * @param name the {@code "name"} given, or ""
 * @param axes axis names in array (numpy) order, e.g. t, c, z, y, x
 * @param units per axis the {@code "unit"}, or null
 * @param paths per level, the array's path relative to the group
 * @param scales per level, the scale per axis with the global scale applied (1 where none is given)
 */
record OmeZarr(String version, String name, List<String> axes, List<String> units, List<String> paths, List<double[]> scales) {

	/**
	 * The multiscale image of a group, or null when its attributes have no {@code "multiscales"}.
	 *
	 * @throws BadInputException naming the group's {@code .zattrs} when the multiscales are malformed
	 */
	static OmeZarr of(Path group) throws IOException {
		if (!(ZarrStore.attributes(group).get("multiscales") instanceof List<?> all))
			return null;
		Path file = group.resolve(ZarrStore.ZATTRS);
		try {
			if (all.isEmpty() || !(all.get(0) instanceof Map<?, ?> m))
				throw new IllegalArgumentException("multiscales holds no image");
			return parse(m);
		} catch (IllegalArgumentException | ClassCastException e) {
			throw new BadInputException(file, "is not OME-Zarr 0.4 multiscales metadata: " + e.getMessage());
		}
	}

	private static OmeZarr parse(Map<?, ?> m) {
		List<String> axes = new ArrayList<>(), units = new ArrayList<>();
		for (Object axis : m.get("axes") instanceof List<?> list ? list : List.of()) { // before 0.3: no axes, t c z y x
			Map<?, ?> a = axis instanceof Map<?, ?> map ? map : Map.of("name", axis); // 0.3 lists names only
			axes.add(String.valueOf(a.get("name")));
			units.add(a.get("unit") instanceof String u ? u : null);
		}
		double[] global = scale(m.get("coordinateTransformations"), axes.size());
		List<String> paths = new ArrayList<>();
		List<double[]> scales = new ArrayList<>();
		for (Object dataset : m.get("datasets") instanceof List<?> list ? list : List.of()) {
			if (!(dataset instanceof Map<?, ?> d) || !(d.get("path") instanceof String path))
				throw new IllegalArgumentException("a dataset has no \"path\"");
			paths.add(path);
			double[] s = scale(d.get("coordinateTransformations"), axes.size());
			for (int i = 0; i < s.length; i++)
				s[i] *= global[i];
			scales.add(s);
		}
		if (paths.isEmpty())
			throw new IllegalArgumentException("the image has no datasets");
		return new OmeZarr(String.valueOf(m.containsKey("version") ? m.get("version") : "unknown"),
				m.get("name") instanceof String s ? s : "", axes, units, paths, scales);
	}

	/** The {@code "scale"} of a list of coordinate transformations, 1 per axis when there is none. */
	private static double[] scale(Object transformations, int n) {
		double[] s = new double[n];
		java.util.Arrays.fill(s, 1);
		if (transformations instanceof List<?> list)
			for (Object t : list)
				if (t instanceof Map<?, ?> m && "scale".equals(m.get("type")) && m.get("scale") instanceof List<?> values) {
					if (n == 0) // no axes named: the scale's meaning is unknown
						return s;
					if (values.size() != n)
						throw new IllegalArgumentException("a scale has " + values.size() + " values for " + n + " axes");
					for (int i = 0; i < n; i++) {
						if (!(values.get(i) instanceof Number v))
							throw new IllegalArgumentException("a scale holds " + values.get(i) + ", not a number");
						s[i] = v.doubleValue();
					}
				}
		return s;
	}

	/**
	 * The voxel size of a level in nm, x, y, z.
	 *
	 * @return {@link VoxelSize#UNIT} (unrecorded) when the image has no x and y axes, or one of x, y, z has no length
	 *         unit that is known ({@link LengthUnits}); z is 1 nm for an image with no z axis
	 */
	VoxelSize voxelSize(int level) {
		double[] nm = new double[3];
		for (int d = 0; d < 3; d++) {
			int axis = axes.indexOf(String.valueOf("xyz".charAt(d)));
			if (axis < 0 && d == 2) {
				nm[d] = 1;
				continue;
			}
			OptionalDouble unit = axis < 0 ? OptionalDouble.empty() : LengthUnits.nanometresPer(units.get(axis));
			if (unit.isEmpty() || !(scales.get(level)[axis] > 0))
				return VoxelSize.UNIT;
			nm[d] = scales.get(level)[axis] * unit.getAsDouble();
		}
		return VoxelSize.ofXyz(nm);
	}
}
