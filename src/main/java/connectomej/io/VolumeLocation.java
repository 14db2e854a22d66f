package connectomej.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a volume lives, parsed from a string a user typed: {@code stack.tif}, {@code stack.tiff}, a folder of PNG
 * or TIFF slices (or one {@code .png} file), {@code file.h5:/dataset/path} (also {@code .hdf5}, {@code .hdf}),
 * {@code container.n5:/dataset/path} (an N5 container, as {@code connectomej run} writes {@code volume.n5}), or
 * {@code data.zarr:/path/to/array} (a Zarr v2 store, read only; {@code image.ome.zarr} names an OME-Zarr image whose
 * full-resolution level is read).
 *
 * @param file the file or folder
 * @param dataset the HDF5 or N5 dataset path or the Zarr array or group path, or null
 * @param format the format, from the file name
 */
public record VolumeLocation(Path file, String dataset, Format format) {

	/** The formats a location can name. */
	public enum Format {
		TIFF, HDF5, PNG, N5,
		/** A folder of TIFF files, one or more sections each (read only). */
		TIFF_FOLDER,
		/** A Zarr v2 store, or an OME-Zarr 0.4 image in one (read only). */
		ZARR
	}

	private static final Pattern HDF5 = Pattern.compile("(?i)(.+\\.(?:h5|hdf5|hdf))(?::(/.*))?");
	private static final Pattern N5 = Pattern.compile("(?i)(.+\\.n5)/?(?::(/.*))?");
	private static final Pattern ZARR = Pattern.compile("(?i)(.+\\.zarr)/?(?::(/.*))?");

	/**
	 * Parses a location string. Names ending in {@code .tif}/{@code .tiff} are TIFF; {@code .h5}, {@code .hdf5},
	 * {@code .hdf} (optionally followed by {@code :/dataset}) HDF5; {@code .n5} (the same) N5; {@code .zarr} (the same,
	 * {@code :/array/path}) Zarr; an existing folder that
	 * holds TIFF files and no PNG file a folder of TIFF sections; everything else a PNG or TIFF folder or file.
	 */
	public static VolumeLocation parse(String location) {
		Matcher m = HDF5.matcher(location);
		if (m.matches())
			return new VolumeLocation(Path.of(m.group(1)), m.group(2), Format.HDF5);
		Matcher n5 = N5.matcher(location);
		if (n5.matches())
			return new VolumeLocation(Path.of(n5.group(1)), n5.group(2), Format.N5);
		Matcher zarr = ZARR.matcher(location);
		if (zarr.matches())
			return new VolumeLocation(Path.of(zarr.group(1)), zarr.group(2), Format.ZARR);
		String lower = location.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".tif") || lower.endsWith(".tiff"))
			return new VolumeLocation(Path.of(location), null, Format.TIFF);
		if (SliceFolders.isTiffFolder(Path.of(location)))
			return new VolumeLocation(Path.of(location), null, Format.TIFF_FOLDER);
		return new VolumeLocation(Path.of(location), null, Format.PNG);
	}

	/** The location as the user would write it. */
	@Override
	public String toString() {
		return dataset == null ? file.toString() : file + ":" + dataset;
	}

	/** Throws BadInputException "no such file" unless the file or folder exists. */
	void requireExists() {
		if (!Files.exists(file))
			throw new BadInputException(file, "no such file");
	}
}
