package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.BadInputException;
import connectomej.io.bdv.BdvExport;
import connectomej.io.bdv.BdvFlavour;
import connectomej.io.bdv.BdvInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej bdv-export}: EM, segments, synapse labels and an uncertainty map (whichever are given) as the
 * setups of a BigDataViewer XML, with an N5 container or an HDF5 file next to it. Same as Fiji's "Export for
 * BigDataViewer".
 */
@Command(name = "bdv-export", description = "Export volumes for BigDataViewer (XML with N5 or HDF5, resolution pyramid).")
final class BdvExportSubcommand implements Callable<Integer> {

	@Option(names = { "-o", "--xml" }, required = true, paramLabel = "FILE", description = "BigDataViewer XML to write; data goes next to it")
	Path xml;

	@Option(names = "--flavour", defaultValue = "n5", description = "n5 (any size, exact types) or hdf5 (small volumes, 16-bit) (default ${DEFAULT-VALUE})")
	String flavour;

	@Option(names = "--em", paramLabel = "LOCATION", description = "EM volume (file.tif, folder, file.h5:/dataset, volume.n5:/dataset, data.zarr)")
	String em;

	@Option(names = "--segments", paramLabel = "LOCATION", description = "segment labels, same size")
	String segments;

	@Option(names = "--synapses", paramLabel = "LOCATION", description = "synapse labels, same size")
	String synapses;

	@Option(names = "--uncertainty", paramLabel = "LOCATION", description = "uncertainty (variance) map in [0, 1], same size")
	String uncertainty;

	@Option(names = "--threads", defaultValue = "2", description = "threads for the N5 pyramid (default ${DEFAULT-VALUE})")
	int threads;

	@picocli.CommandLine.Mixin
	VoxelSizeOption voxelSize = new VoxelSizeOption();

	@Override
	public Integer call() throws Exception {
		BdvFlavour f;
		try {
			f = BdvFlavour.of(flavour);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, e.getMessage());
		}
		voxelSize.given();
		BdvInputs inputs = new BdvInputs(em, segments, synapses, uncertainty);
		ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			System.out.println(BdvExport.fromLocations(xml, f, inputs, read -> voxelSize.resolve(read, inputs.firstGiven(), System.err), executor)
				.describe());
		} finally {
			executor.shutdownNow();
		}
		return 0;
	}
}
