package connectomej.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import connectomej.io.hdf5.Hdf5Dataset;
import connectomej.io.hdf5.Hdf5Volumes;
import connectomej.io.png.PngSlices;
import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.volume.Volume;
import net.imglib2.type.numeric.RealType;

/**
 * One entry point to read and write volumes by location string ({@link VolumeLocation}): TIFF stacks, HDF5
 * datasets, PNG slice folders. Writes are atomic.
 */
public final class VolumeFiles {

	private VolumeFiles() {}

	/**
	 * Opens a volume.
	 *
	 * @param location {@code stack.tif}, {@code folder/} of PNGs, {@code file.h5:/dataset}; an HDF5 file without a
	 *            dataset path is read when it holds exactly one dataset
	 * @return axes x, y, z, with its voxel size in nm (1 nm per axis when the file has none)
	 * @throws BadInputException "no such file" and every problem the format readers report
	 */
	public static Volume<? extends RealType<?>> read(String location) throws IOException {
		VolumeLocation at = VolumeLocation.parse(location);
		at.requireExists();
		return switch (at.format()) {
			case TIFF -> TiffStacks.read(at.file());
			case PNG -> PngSlices.read(at.file());
			case HDF5 -> Hdf5Volumes.read(at.file(), at.dataset() != null ? at.dataset() : onlyDataset(at.file()));
		};
	}

	/**
	 * Writes a volume, atomically: TIFF uncompressed (see {@link TiffStacks#write}), HDF5 as a new file holding this
	 * one dataset with its {@code resolution} attribute (an existing file is replaced), anything else as a folder of
	 * PNG slices.
	 *
	 * @param location like for {@link #read}; HDF5 locations need a dataset path
	 */
	public static void write(Volume<? extends RealType<?>> volume, String location) throws IOException {
		VolumeLocation at = VolumeLocation.parse(location);
		switch (at.format()) {
			case TIFF -> TiffStacks.write(volume, at.file(), TiffOptions.DEFAULT);
			case PNG -> PngSlices.write(volume, at.file());
			case HDF5 -> {
				if (at.dataset() == null)
					throw new BadInputException(at.file(), "give a dataset path to write to, like " + at.file() + ":/raw");
				Hdf5Volumes.write(at.file(), List.of(Hdf5Dataset.withResolution(at.dataset(), volume)));
			}
		}
	}

	/**
	 * A human-readable, multi-line description of what a file or folder holds: for TIFF pages, size x, y, z, bit
	 * depth, compression, voxel size; for HDF5 every dataset with shape (z, y, x), type and attributes; for a PNG
	 * folder the number of slices and their size.
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
		};
	}

	private static String onlyDataset(Path file) {
		List<String> paths = Hdf5Volumes.datasetPaths(file);
		if (paths.size() != 1)
			throw new BadInputException(file, "say which dataset to read, like " + file + ":" + (paths.isEmpty() ? "/raw" : paths.get(0))
					+ "; datasets in the file: " + (paths.isEmpty() ? "none" : String.join(", ", paths)));
		return paths.get(0);
	}
}
