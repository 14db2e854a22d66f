package connectomej.io.bdv;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two flavours of a BigDataViewer export: an XML with bigdataviewer-core's {@code bdv.n5} image loader over an N5
 * container ({@code XmlIoN5ImageLoader}), or with its {@code bdv.hdf5} loader over an HDF5 file
 * ({@code XmlIoHdf5ImageLoader}). The XML names the data file in a child element of {@code <ImageLoader>}.
 */
public enum BdvFlavour {

	/** {@code <ImageLoader format="bdv.n5" version="1.0"><n5 type="relative">name.n5</n5>}. */
	N5("bdv.n5", "1.0", "n5", ".n5"),
	/** {@code <ImageLoader format="bdv.hdf5"><hdf5 type="relative">name.h5</hdf5>}. */
	HDF5("bdv.hdf5", null, "hdf5", ".h5");

	private final String format, version, pathElement, extension;

	BdvFlavour(String format, String version, String pathElement, String extension) {
		this.format = format;
		this.version = version;
		this.pathElement = pathElement;
		this.extension = extension;
	}

	/** The {@code format} attribute of {@code <ImageLoader>}. */
	public String format() {
		return format;
	}

	/** The {@code version} attribute of {@code <ImageLoader>}, or null when the loader writes none. */
	public String version() {
		return version;
	}

	/** The name of the element holding the data file's path. */
	public String pathElement() {
		return pathElement;
	}

	/** The name the user types: {@code n5} or {@code hdf5}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The data file that goes with an XML: the XML's name with {@code .n5} or {@code .h5} instead of {@code .xml},
	 * in the same folder ({@code out/volume.xml} -> {@code out/volume.h5}).
	 */
	public Path dataFileFor(Path xml) {
		String name = xml.getFileName().toString().replaceFirst("(?i)\\.xml$", "");
		return xml.resolveSibling(name + extension);
	}

	/**
	 * Parses {@code n5} or {@code hdf5} (any case; {@code h5} too).
	 *
	 * @throws IllegalArgumentException naming the accepted values otherwise
	 */
	public static BdvFlavour of(String key) {
		String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
		return switch (k) {
			case "n5" -> N5;
			case "hdf5", "h5" -> HDF5;
			default -> throw new IllegalArgumentException("flavour must be n5 or hdf5, not '" + key + "'");
		};
	}
}
