package connectomej.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import connectomej.io.AtomicFiles;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Node;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

/** Writes datasets with their attributes into a new HDF5 file, creating groups along each path. */
final class Hdf5Writer {

	private Hdf5Writer() {}

	/** See {@link Hdf5Volumes#write(Path, List)}. */
	static void write(Path file, List<Hdf5Dataset> datasets) throws IOException {
		AtomicFiles.write(file, temporary -> {
			try (WritableHdfFile out = HdfFile.write(temporary)) {
				for (Hdf5Dataset d : datasets)
					put(out, d);
			}
		});
	}

	private static void put(WritableHdfFile out, Hdf5Dataset d) {
		String[] parts = d.path().substring(1).split("/");
		WritableGroup group = out;
		for (int i = 0; i < parts.length - 1; i++)
			group = child(group, parts[i]);
		WritableDataset dataset = group.putDataset(parts[parts.length - 1], Hdf5Arrays.nested(d.volume()),
				Hdf5Arrays.options(d.volume()));
		for (Map.Entry<String, Object> a : d.attributes().entrySet())
			dataset.putAttribute(a.getKey(), a.getValue());
	}

	private static WritableGroup child(WritableGroup parent, String name) {
		Node existing = parent.getChildren().get(name);
		if (existing instanceof WritableGroup g)
			return g;
		if (existing != null)
			throw new IllegalArgumentException(existing.getPath() + " is a dataset, cannot hold another one");
		return parent.putGroup(name);
	}
}
