package connectomej.io.bdv;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param xml the BigDataViewer XML
 * @param data the N5 container or HDF5 file next to it
 * @param flavour n5 or hdf5
 * @param setups the setup names, setup 0 first
 * @param levels pyramid levels per setup, full resolution included
 */
public record BdvExportResult(Path xml, Path data, BdvFlavour flavour, List<String> setups, int levels) {

	/** One line for logs and the command line, e.g. "BigDataViewer export (hdf5): out/volume.xml, data out/volume.h5; setups EM, segments; 3 levels". */
	public String describe() {
		return "BigDataViewer export (" + flavour.key() + "): " + xml + ", data " + data + "; setups " + String.join(", ", setups)
				+ "; " + levels + (levels == 1 ? " level" : " levels");
	}
}
