package connectomej.command;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.io.bdv.BdvExport;
import connectomej.io.bdv.BdvExportResult;
import connectomej.io.bdv.BdvFlavour;
import connectomej.io.bdv.BdvInputs;

/**
 * Export for BigDataViewer: EM, segments, synapse labels and an uncertainty map (whichever are given) as the setups
 * of a BigDataViewer XML with its N5 container or HDF5 file next to it, each with a resolution pyramid. Same as
 * {@code connectomej bdv-export}.
 */
@Plugin(type = Command.class, headless = true, label = "Export for BigDataViewer")
public class ExportBigDataViewerCommand implements Command {

	// persist = false: an optional volume left out must not be filled from an earlier run
	@Parameter(label = "xml_file", persist = false, description = "BigDataViewer XML to write; the data goes next to it (.n5 or .h5)")
	File xml_file;

	@Parameter(label = "flavour", persist = false, choices = { "n5", "hdf5" }, description = "n5 (any size, exact types) or hdf5 (small volumes, 16-bit)")
	String flavour = "n5";

	@Parameter(label = "em", persist = false, required = false, description = "EM volume: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr (optional)")
	String em;

	@Parameter(label = "segments", persist = false, required = false, description = "segment labels, same size (optional)")
	String segments;

	@Parameter(label = "synapses", persist = false, required = false, description = "synapse labels, same size (optional)")
	String synapses;

	@Parameter(label = "uncertainty", persist = false, required = false, description = "uncertainty (variance) map in [0, 1], same size (optional)")
	String uncertainty;

	@Parameter(type = ItemIO.OUTPUT)
	String summary;

	@Override
	public void run() {
		summary = export().describe();
	}

	/** Runs the export with this command's parameters. */
	BdvExportResult export() {
		ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
		try {
			return BdvExport.fromLocations(xml_file.toPath(), BdvFlavour.of(flavour), new BdvInputs(em, segments, synapses, uncertainty), executor);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			executor.shutdownNow();
		}
	}

	/** True when no volume is given (then Show in BigDataViewer opens an existing XML). */
	boolean noVolumes() {
		return blank(em) && blank(segments) && blank(synapses) && blank(uncertainty);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
