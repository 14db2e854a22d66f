package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;

/**
 * The layout of a run's output folder, and its protection: {@code volume.n5} (datasets raw, membranes, supervoxels,
 * segments), {@code objects.csv}, {@code skeletons/*.swc}, {@code report.md}, {@code volume.xml} (BigDataViewer),
 * and the run's bookkeeping: {@code run.txt} (the settings that decide the results) and {@code mappings/}.
 * <p>
 * A folder holding a run with the same settings is resumed; one holding anything else is refused unless
 * overwriting is asked for, and then only the files of this layout are removed.
 */
public record OutputFolder(Path root) {

	private static final List<String> OWN = List.of("volume.n5", "objects.csv", "skeletons", "report.md", "volume.xml", "mappings", "run.txt");

	/** The N5 container {@code volume.n5}. */
	public Path store() {
		return root.resolve("volume.n5");
	}

	/** The objects table {@code objects.csv}. */
	public Path objects() {
		return root.resolve("objects.csv");
	}

	/** The folder of SWC files {@code skeletons/}. */
	public Path skeletons() {
		return root.resolve("skeletons");
	}

	/** The run report {@code report.md}. */
	public Path report() {
		return root.resolve("report.md");
	}

	/** The BigDataViewer XML {@code volume.xml}. */
	public Path bigDataViewerXml() {
		return root.resolve("volume.xml");
	}

	/** A label mapping file of the run, e.g. {@code mappings/supervoxels.bin}. */
	public Path mapping(String name) {
		return root.resolve("mappings").resolve(name + ".bin");
	}

	/**
	 * Makes the folder ready for a run with these settings.
	 *
	 * @return true when an earlier run with the same settings is resumed
	 * @throws BadInputException when the folder holds something else and {@code overwrite} is false
	 */
	public boolean prepare(String settings, boolean overwrite) throws IOException {
		if (check(settings, overwrite))
			return true;
		Path record = root.resolve("run.txt");
		for (String name : OWN)
			AtomicFiles.deleteRecursively(root.resolve(name));
		Files.createDirectories(root);
		AtomicFiles.write(record, tmp -> Files.writeString(tmp, settings));
		return false;
	}

	/**
	 * Checks, without changing anything, that a run with these settings may use the folder.
	 *
	 * @return true when an earlier run with the same settings would be resumed
	 * @throws BadInputException when the folder holds something else and {@code overwrite} is false
	 */
	public boolean check(String settings, boolean overwrite) throws IOException {
		Path record = root.resolve("run.txt");
		if (Files.isRegularFile(record) && Files.readString(record).equals(settings))
			return true;
		if (!isEmpty() && !overwrite)
			throw new BadInputException(root, Files.isRegularFile(record)
					? "holds the results of a run with other settings; give --overwrite to replace them"
					: "is not empty and holds no ConnectomeJ run; choose another folder or give --overwrite");
		return false;
	}

	private boolean isEmpty() throws IOException {
		if (!Files.exists(root))
			return true;
		try (Stream<Path> entries = Files.list(root)) {
			return entries.findAny().isEmpty();
		}
	}
}
