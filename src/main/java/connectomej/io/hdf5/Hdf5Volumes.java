package connectomej.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * Volumes in HDF5 files, through jHDF. HDF5 arrays are indexed [z][y][x]; volumes have axes x, y, z. The voxel size
 * travels in a {@code resolution} attribute [z, y, x] in nm, as in the CREMI challenge files (cremi.org).
 * <p>
 * What jHDF 0.13 can write, checked by this class's tests: nested groups, attributes on datasets and groups,
 * chunked and deflate-compressed datasets, unsigned integer types. It writes whole in-memory arrays into new files
 * only: a dataset cannot be appended to an existing file or written slab by slab, so {@link #write} always creates
 * the complete file (volumes must fit in memory, under 2^31 voxels each).
 */
public final class Hdf5Volumes {

	/** CREMI dataset paths. */
	public static final String CREMI_RAW = "/volumes/raw", CREMI_NEURON_IDS = "/volumes/labels/neuron_ids",
			CREMI_CLEFTS = "/volumes/labels/clefts";

	private Hdf5Volumes() {}

	/**
	 * Reads a 3D (or 2D, as depth 1) dataset: u8 gives {@code UnsignedByteType}, u16 {@code UnsignedShortType},
	 * f32 and f64 {@code FloatType}, every other integer type (u32, u64, i8-i64) {@code UnsignedLongType} labels.
	 *
	 * @param file an HDF5 file
	 * @param datasetPath such as {@code /volumes/raw}
	 * @return ArrayImg with axes x, y, z; voxel size from the {@code resolution} attribute, else 1 nm
	 * @throws BadInputException when the file is missing or unreadable, the dataset is not there (the message lists
	 *             those that are), not numeric, not 2D/3D, or holds negative labels
	 */
	public static Volume<? extends RealType<?>> read(Path file, String datasetPath) {
		return Hdf5Reader.read(file, datasetPath);
	}

	/**
	 * Paths of all datasets in a file, such as {@code [/raw, /gt]}.
	 *
	 * @throws BadInputException when the file is missing or unreadable
	 */
	public static List<String> datasetPaths(Path file) {
		Hdf5Files.requireExists(file);
		try (HdfFile h = Hdf5Files.open(file)) {
			List<String> paths = new ArrayList<>();
			for (Dataset d : Hdf5Files.datasets(h))
				paths.add(d.getPath());
			return paths;
		} catch (RuntimeException e) {
			throw e instanceof BadInputException b ? b : Hdf5Files.unreadable(file, e);
		}
	}

	/**
	 * Writes datasets into a new file, atomically (temporary file renamed over {@code file}). UnsignedByteType is
	 * stored as u8, UnsignedShortType as u16, other integer types as u64, the rest as f32; chunks of up to 16 x 128 x
	 * 128 voxels, deflate-compressed.
	 *
	 * @param file the file to create, or to replace when it holds no dataset but those written now
	 * @param datasets what to write; use {@link Hdf5Dataset#withResolution} to store the voxel size
	 * @throws BadInputException naming the file when it exists and holds other datasets (nothing is written)
	 */
	public static void write(Path file, List<Hdf5Dataset> datasets) throws IOException {
		requireReplaceable(file, datasets.stream().map(Hdf5Dataset::path).toList());
		Hdf5Writer.write(file, datasets);
	}

	/**
	 * Checks that writing {@code datasets} into {@code file}, which replaces the whole file, loses nothing: the file
	 * does not exist, or holds no dataset but these.
	 *
	 * @throws BadInputException naming the file and its other datasets otherwise, or when it cannot be read as HDF5
	 */
	public static void requireReplaceable(Path file, List<String> datasets) {
		if (!java.nio.file.Files.isRegularFile(file))
			return;
		List<String> others = datasetPaths(file).stream().filter(path -> !datasets.contains(path)).toList();
		if (!others.isEmpty())
			throw new BadInputException(file, "the file already holds other datasets (" + String.join(", ", others) + "); writing "
					+ String.join(", ", datasets) + " would replace the whole file and lose them: write to another file");
	}

	/**
	 * Writes a CREMI-layout file: {@code /volumes/raw} (u8), {@code /volumes/labels/neuron_ids} and
	 * {@code /volumes/labels/clefts} (u64), each with {@code resolution} [z, y, x] nm.
	 *
	 * @param neuronIds may be null; then that dataset is left out
	 * @param clefts may be null; then that dataset is left out
	 */
	public static void writeCremi(Path file, Volume<UnsignedByteType> raw, Volume<UnsignedLongType> neuronIds,
			Volume<UnsignedLongType> clefts) throws IOException {
		List<Hdf5Dataset> datasets = new ArrayList<>();
		datasets.add(Hdf5Dataset.withResolution(CREMI_RAW, raw));
		if (neuronIds != null)
			datasets.add(Hdf5Dataset.withResolution(CREMI_NEURON_IDS, neuronIds));
		if (clefts != null)
			datasets.add(Hdf5Dataset.withResolution(CREMI_CLEFTS, clefts));
		write(file, datasets);
	}

	/**
	 * A human-readable description: every dataset with its shape (z, y, x), element type, storage and attributes.
	 *
	 * @throws BadInputException when the file is missing or unreadable
	 */
	public static String describe(Path file) {
		return Hdf5Description.of(file);
	}
}
