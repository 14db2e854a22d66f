package connectomej.io.hdf5;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import connectomej.io.BadInputException;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.exceptions.HdfFilterException;

/** The multi-line description {@link Hdf5Volumes#describe} returns. */
final class Hdf5Description {

	private static final int MAX_VALUES = 8;

	private Hdf5Description() {}

	static String of(Path file) {
		Hdf5Files.requireExists(file);
		try (HdfFile h = Hdf5Files.open(file)) {
			List<Dataset> datasets = Hdf5Files.datasets(h);
			StringBuilder s = new StringBuilder("HDF5, " + datasets.size() + " dataset" + (datasets.size() == 1 ? "" : "s") + "\n");
			attributes(s, "  ", h.getAttributes());
			for (Dataset d : datasets) {
				s.append("  ").append(d.getPath()).append(": ").append(shape(d.getDimensionsAsLong())).append(' ')
						.append(Hdf5Types.name(d)).append(storage(d))
						.append(d.getDimensions().length == 3 ? ", voxel size " + Hdf5VoxelSize.of(d).describe() : "").append('\n');
				attributes(s, "    ", d.getAttributes());
			}
			return s.toString();
		} catch (RuntimeException e) {
			throw e instanceof BadInputException b ? b : Hdf5Files.unreadable(file, e);
		}
	}

	private static String shape(long[] dims) {
		String axes = dims.length == 3 ? " (z, y, x)" : dims.length == 2 ? " (y, x)" : "";
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < dims.length; i++)
			s.append(i == 0 ? "" : " x ").append(dims[i]);
		return (dims.length == 0 ? "scalar" : s) + axes;
	}

	private static String storage(Dataset d) {
		String filters;
		try {
			List<String> names = d.getFilters().stream().map(f -> f.getName()).toList();
			filters = names.isEmpty() ? "" : ", filters: " + String.join(", ", names);
		} catch (HdfFilterException e) {
			filters = ", not readable here: " + Hdf5Files.missingFilter(e.getMessage());
		}
		return d instanceof ChunkedDataset c ? ", chunks " + shape(toLong(c.getChunkDimensions())).replace(" (z, y, x)", "") + filters : filters;
	}

	private static void attributes(StringBuilder s, String indent, Map<String, Attribute> attributes) {
		for (Attribute a : attributes.values())
			s.append(indent).append("@").append(a.getName()).append(" = ").append(value(a.getData())).append('\n');
	}

	private static String value(Object data) {
		if (data == null || !data.getClass().isArray())
			return String.valueOf(data);
		int n = Array.getLength(data);
		StringBuilder s = new StringBuilder("[");
		for (int i = 0; i < Math.min(n, MAX_VALUES); i++)
			s.append(i == 0 ? "" : ", ").append(value(Array.get(data, i)));
		return s.append(n > MAX_VALUES ? ", ... (" + n + " values)]" : "]").toString();
	}

	private static long[] toLong(int[] a) {
		long[] l = new long[a.length];
		for (int i = 0; i < a.length; i++)
			l[i] = a[i];
		return l;
	}
}
