package connectomej.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import connectomej.io.FileDescriptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code connectomej info FILE...}: what each file holds (shape in x, y, z, type, datasets, voxel size). */
@Command(name = "info", description = "Describe what files hold: TIFF stacks, HDF5 datasets, N5 containers, Zarr stores and OME-Zarr images, PNG and TIFF folders, CSV tables.")
final class InfoSubcommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "files or PNG / TIFF folders to describe")
	List<Path> files;

	@Override
	public Integer call() throws Exception {
		for (Path f : files)
			System.out.println(FileDescriptions.describe(f));
		return 0;
	}
}
