package connectomej.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import connectomej.io.hdf5.Hdf5Dataset;
import connectomej.io.hdf5.Hdf5Volumes;
import connectomej.io.n5.N5Volumes;
import connectomej.io.png.PngSlices;
import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.io.zarr.ZarrVolumes;
import connectomej.volume.Volume;
import net.imglib2.type.numeric.RealType;

/**
 * One entry point to read and write volumes by location string ({@link VolumeLocation}): TIFF stacks, HDF5
 * datasets, N5 datasets, PNG slice folders; Zarr arrays and folders of TIFF sections are read only. Writes are atomic.
 */
public final class VolumeFiles {

	private VolumeFiles() {}

	/**
	 * Opens a volume.
	 *
	 * @param location {@code stack.tif}, {@code folder/} of PNGs, {@code file.h5:/dataset}, {@code volume.n5:/dataset},
	 *            {@code data.zarr:/array} or {@code image.ome.zarr}; an HDF5 file, N5 container or Zarr store without a
	 *            dataset path is read when it holds exactly one dataset (array), or, for Zarr, is itself an array or an
	 *            OME-Zarr image (level 0 is read)
	 * @return axes x, y, z, with its voxel size in nm (1 nm per axis when the file has none)
	 * @throws BadInputException "no such file" and every problem the format readers report
	 */
	public static Volume<? extends RealType<?>> read(String location) throws IOException {
		VolumeLocation at = VolumeLocation.parse(location);
		at.requireExists();
		return switch (at.format()) {
			case TIFF -> TiffStacks.read(at.file());
			case PNG -> PngSlices.read(at.file());
			case TIFF_FOLDER -> TiffStacks.readFolder(at.file());
			case HDF5 -> Hdf5Volumes.read(at.file(), at.dataset() != null ? at.dataset() : onlyDataset(at.file(), Hdf5Volumes.datasetPaths(at.file())));
			case N5 -> N5Volumes.read(at.file(), at.dataset() != null ? at.dataset() : onlyDataset(at.file(), N5Volumes.datasets(at.file())));
			case ZARR -> ZarrVolumes.read(at.file(), at.dataset() != null || ZarrVolumes.isImage(at.file()) ? at.dataset()
					: onlyOne(at.file(), ZarrVolumes.arrays(at.file()), "array", "store"));
		};
	}

	/**
	 * Writes a volume, atomically: TIFF uncompressed (see {@link TiffStacks#write}), HDF5 as a new file holding this
	 * one dataset with its {@code resolution} attribute, N5 as a new dataset of a new or existing container (see
	 * {@link N5Volumes#write}), anything else as a folder of PNG slices. An existing HDF5 file is replaced only when it
	 * holds no other dataset: HDF5 files are written whole, so writing one dataset into a file that holds others (the
	 * EM the result came from, say) would lose them. An existing N5 dataset is never replaced.
	 *
	 * @param location like for {@link #read}; HDF5 and N5 locations need a dataset path
	 * @throws BadInputException naming the file when an HDF5 or N5 location has no dataset path, an HDF5 file holds
	 *             other datasets or an N5 dataset exists already, or for a Zarr store or a folder of TIFF sections,
	 *             which are read only (nothing is written)
	 */
	public static void write(Volume<? extends RealType<?>> volume, String location) throws IOException {
		VolumeLocation at = VolumeLocation.parse(location);
		switch (at.format()) {
			case TIFF -> TiffStacks.write(volume, at.file(), TiffOptions.DEFAULT);
			case PNG -> PngSlices.write(volume, at.file());
			case TIFF_FOLDER -> throw tiffFolderOutput(at.file());
			case HDF5 -> writeHdf5(at.file(), java.util.Arrays.asList(at.dataset()), List.of(volume));
			case N5 -> N5Volumes.write(volume, at.file(), at.dataset());
			case ZARR -> throw zarrOutput(at.file());
		}
	}

	/**
	 * Writes two volumes, in one HDF5 file when both locations name the same one (each into its dataset), else each as
	 * by {@link #write(Volume, String)}.
	 *
	 * @throws BadInputException as for {@link #write(Volume, String)}, and when both name the same dataset
	 */
	public static void write(Volume<? extends RealType<?>> first, String firstLocation, Volume<? extends RealType<?>> second,
			String secondLocation) throws IOException {
		VolumeLocation a = VolumeLocation.parse(firstLocation), b = VolumeLocation.parse(secondLocation);
		if (a.format() != VolumeLocation.Format.HDF5 || b.format() != VolumeLocation.Format.HDF5 || !sameFile(a.file(), b.file())) {
			write(first, firstLocation);
			write(second, secondLocation);
			return;
		}
		if (a.dataset() != null && a.dataset().equals(b.dataset()))
			throw new BadInputException(a.file(), "two outputs are to be written to the same dataset " + a.dataset() + ": give two");
		writeHdf5(a.file(), java.util.Arrays.asList(a.dataset(), b.dataset()), List.of(first, second));
	}

	/**
	 * Checks, before any work is done, that {@link #write(Volume, String)} will not refuse {@code location} for what is
	 * already there: an HDF5 location needs a dataset path, and its file, if it exists, no other dataset; an N5
	 * location needs a dataset path that its container does not hold yet. A Zarr location is refused: Zarr is read only.
	 *
	 * @throws BadInputException naming the file otherwise
	 */
	public static void requireWritable(String location) {
		VolumeLocation at = VolumeLocation.parse(location);
		if (at.format() == VolumeLocation.Format.HDF5)
			Hdf5Volumes.requireReplaceable(at.file(), requireDatasetPaths(at.file(), java.util.Arrays.asList(at.dataset())));
		if (at.format() == VolumeLocation.Format.N5)
			N5Volumes.requireWritable(at.file(), at.dataset());
		if (at.format() == VolumeLocation.Format.ZARR)
			throw zarrOutput(at.file());
	}

	/**
	 * As {@link #requireWritable(String)}, and {@code location} must not be in the file or folder of one of the
	 * command's {@code inputs}: the output would replace it. A new dataset of an N5 container that an input is read
	 * from is allowed: it replaces nothing.
	 *
	 * @param inputs the command's input locations; null entries are skipped
	 * @throws BadInputException naming the output's file otherwise
	 */
	public static void requireWritable(String location, String... inputs) {
		VolumeLocation at = VolumeLocation.parse(location);
		if (at.format() != VolumeLocation.Format.N5)
			requireNotAnInput(at.file(), inputs);
		requireWritable(location);
	}

	/**
	 * Refuses an output file (a volume, a CSV table, a folder) that is the file or folder of one of the command's
	 * {@code inputs}: writing it would replace that input.
	 *
	 * @param inputs the command's input locations ({@code file.tif}, {@code file.h5:/dataset}, a folder); null or
	 *            blank entries are skipped
	 * @throws BadInputException naming {@code output}
	 */
	public static void requireNotAnInput(Path output, String... inputs) {
		for (String input : inputs)
			if (input != null && !input.isBlank() && sameFile(VolumeLocation.parse(input.trim()).file(), output))
				throw new BadInputException(output, "is also an input of this command (" + input.trim()
						+ "); the output would replace it: write the output elsewhere");
	}

	private static void writeHdf5(Path file, List<String> datasets, List<Volume<? extends RealType<?>>> volumes) throws IOException {
		requireDatasetPaths(file, datasets);
		List<Hdf5Dataset> content = new java.util.ArrayList<>();
		for (int i = 0; i < datasets.size(); i++)
			content.add(Hdf5Dataset.withResolution(datasets.get(i), volumes.get(i)));
		Hdf5Volumes.write(file, content); // refuses a file that holds other datasets
	}

	/**
	 * A human-readable, multi-line description of what a file or folder holds: for TIFF pages, size x, y, z, bit
	 * depth, compression, voxel size; for HDF5 every dataset with shape (z, y, x), type and attributes; for N5 every
	 * dataset with size (x, y, z), type, blocks and voxel size; for Zarr every array with shape (z, y, x), dtype, chunks,
	 * compressor and voxel size (an OME-Zarr image: every level); for a PNG or TIFF folder the number of slices and their
	 * size.
	 *
	 * @throws BadInputException when it does not exist or cannot be read
	 */
	public static String describe(Path file) throws IOException {
		if (!Files.exists(file))
			throw new BadInputException(file, "no such file");
		String header = file + "\n";
		return header + switch (VolumeLocation.parse(file.toString()).format()) {
			case TIFF -> TiffStacks.describe(file);
			case HDF5 -> Hdf5Volumes.describe(file);
			case PNG -> PngSlices.describe(file);
			case N5 -> N5Volumes.describe(file);
			case TIFF_FOLDER -> TiffStacks.describeFolder(file);
			case ZARR -> ZarrVolumes.describe(file);
		};
	}

	/** The refusal of a folder of TIFF sections as an output: it is read, never written or replaced. */
	static BadInputException tiffFolderOutput(Path folder) {
		return new BadInputException(folder, "is a folder of TIFF sections, which is never replaced: write to a .tif, a .h5:/dataset, "
				+ "a .n5:/dataset or a new folder (PNG slices)");
	}

	/** The refusal of a Zarr store as an output: it is read, never written. */
	static BadInputException zarrOutput(Path store) {
		return new BadInputException(store, "is a Zarr store, which is read here, never written: write to a .tif, a .h5:/dataset or a .n5:/dataset");
	}

	private static boolean sameFile(Path a, Path b) {
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}

	/** {@code datasets}, when none is missing (null): an HDF5 location to write to needs a dataset path. */
	private static List<String> requireDatasetPaths(Path file, List<String> datasets) {
		if (datasets.stream().anyMatch(java.util.Objects::isNull))
			throw new BadInputException(file, "give a dataset path to write to, like " + file + ":/raw");
		return datasets;
	}

	private static String onlyDataset(Path file, List<String> paths) {
		return onlyOne(file, paths, "dataset", "file");
	}

	/** The one path of {@code paths}; else a refusal that lists them ({@code what}: "dataset", "array"). */
	private static String onlyOne(Path file, List<String> paths, String what, String where) {
		if (paths.size() != 1)
			throw new BadInputException(file, "say which " + what + " to read, like " + file + ":" + (paths.isEmpty() ? "/raw" : paths.get(0))
					+ "; " + what + "s in the " + where + ": " + (paths.isEmpty() ? "none" : String.join(", ", paths)));
		return paths.get(0);
	}
}
