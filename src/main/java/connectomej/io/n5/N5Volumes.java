package connectomej.io.n5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Whole 3D datasets of an N5 container read and written as volumes: the datasets {@code connectomej run} writes
 * into {@code volume.n5} (segments, membranes, raw; axes x, y, z) and any other 3D N5 dataset, so that every command
 * that takes a volume location also takes {@code volume.n5:/segments}. The voxel size is the dataset's
 * {@value #RESOLUTION} attribute (nm, x, y, z), as the pipeline writes it.
 */
public final class N5Volumes {

	/** The attribute holding a dataset's voxel size in nm, x, y, z. */
	public static final String RESOLUTION = "resolution";
	private static final int BLOCK = 64;

	private N5Volumes() {}

	/**
	 * Opens a 3D dataset; its blocks are read on first access.
	 *
	 * @param root the container's folder
	 * @param dataset the dataset's path in the container
	 * @return axes x, y, z, with the dataset's voxel size (1 nm per axis when it has none)
	 * @throws BadInputException naming the container when the dataset is missing (the message lists those present) or
	 *             is not 3D
	 */
	public static Volume<? extends RealType<?>> read(Path root, String dataset) throws IOException {
		N5Store store = N5Store.open(root);
		if (!store.datasetExists(dataset))
			throw new BadInputException(root, "holds no dataset " + dataset + "; its datasets: " + describeList(datasets(root)));
		N5DatasetAttributes attributes = store.datasetAttributes(dataset);
		if (attributes.numDimensions() != 3)
			throw new BadInputException(root, "dataset " + dataset + " has " + attributes.numDimensions() + " dimensions; a volume has 3 (x, y, z)");
		return new Volume<>(open(store, dataset, attributes.dataType()), voxelSize(store, dataset));
	}

	/**
	 * Writes a volume as a new gzip-compressed dataset in 64^3 blocks, with its voxel size: into a temporary dataset
	 * first, renamed when complete (and removed when the write fails). The container is created when missing.
	 *
	 * @param volume axes x, y, z, any min; a type N5 stores (integers, float, double)
	 * @throws BadInputException naming the container when the dataset exists already (nothing is written), or when the
	 *             folder exists and is not an N5 container
	 */
	public static void write(Volume<? extends RealType<?>> volume, Path root, String dataset) throws IOException {
		requireWritable(root, dataset);
		N5Store store = N5Store.create(root);
		String temporary = temporaryName(dataset);
		try {
			store.createDataset(temporary, attributesOf(volume.data()));
			store.setAttributes(temporary, Map.of(RESOLUTION, volume.voxelSize().toArray(), "unit", "nm"));
			writeAll(store, temporary, volume.data());
			Files.createDirectories(store.folder(dataset).getParent());
			Files.move(store.folder(temporary), store.folder(dataset), StandardCopyOption.ATOMIC_MOVE);
		} finally {
			AtomicFiles.deleteRecursively(store.folder(temporary)); // gone after the move; what a failed write left
		}
	}

	/**
	 * Checks, before any work is done, that {@link #write} will not refuse the location.
	 *
	 * @throws BadInputException as {@link #write} would, and when the container's attributes cannot be read
	 */
	public static void requireWritable(Path root, String dataset) {
		if (dataset == null || dataset.isBlank() || dataset.equals("/"))
			throw new BadInputException(root, "give a dataset path to write to, like " + root + ":/segments");
		if (Files.exists(root) && !isContainer(root))
			throw new BadInputException(root, "is a folder but not an N5 container (no attributes.json with an \"n5\" version); write elsewhere");
		if (Files.exists(root) && N5Store.open(root).exists(dataset))
			throw new BadInputException(root, "already holds " + dataset + "; write to a new dataset name (nothing was replaced)");
	}

	/**
	 * The voxel size stored with a dataset.
	 *
	 * @return nm per voxel, x, y, z; 1 nm per axis (unrecorded) when the {@value #RESOLUTION} attribute is missing or
	 *         not three positive numbers
	 */
	public static VoxelSize voxelSize(N5Store store, String dataset) throws IOException {
		return VoxelSize.stored(store.attributes(dataset).get(RESOLUTION), false, 1);
	}

	/**
	 * The paths of every dataset in a container, sorted, each with a leading slash. Only groups are visited, never the
	 * block files inside a dataset, so a large container lists as fast as a small one.
	 *
	 * @param root the container's folder
	 */
	public static List<String> datasets(Path root) throws IOException {
		List<String> found = new ArrayList<>();
		collectDatasets(N5Store.open(root), "", found);
		found.sort(null);
		return found;
	}

	private static void collectDatasets(N5Store store, String group, List<String> found) throws IOException {
		try (Stream<Path> children = Files.list(store.folder(group))) {
			for (Path child : (Iterable<Path>) children.filter(Files::isDirectory)::iterator) {
				String path = group.isEmpty() ? child.getFileName().toString() : group + "/" + child.getFileName();
				if (store.datasetExists(path))
					found.add("/" + path);
				else
					collectDatasets(store, path, found);
			}
		}
	}

	/**
	 * A human-readable description of a container: one line per dataset with its size (x, y, z), type, block size,
	 * compression and voxel size.
	 */
	public static String describe(Path root) throws IOException {
		N5Store store = N5Store.open(root);
		StringBuilder text = new StringBuilder("N5 container, version " + store.attributes("").getOrDefault("n5", "unknown") + "\n");
		for (String dataset : datasets(root)) {
			N5DatasetAttributes a = store.datasetAttributes(dataset);
			text.append(String.format("  %s: %s %s, blocks %s, %s, voxel size %s%n", dataset, joined(a.dimensions()), a.dataType().jsonName(),
					java.util.Arrays.toString(a.blockSize()), a.compression().type(), voxelSize(store, dataset).describe()));
		}
		return text.toString();
	}

	private static String joined(long[] dimensions) {
		return String.join(" x ", java.util.Arrays.stream(dimensions).mapToObj(Long::toString).toList());
	}

	/** True when {@code folder} has root attributes naming an N5 version. */
	static boolean isContainer(Path folder) {
		try {
			return Files.isDirectory(folder) && N5Store.open(folder).attributes("").containsKey("n5");
		} catch (IOException e) {
			throw new BadInputException(folder.resolve("attributes.json"), "cannot be read: " + e.getMessage());
		}
	}

	private static String describeList(List<String> datasets) {
		return datasets.isEmpty() ? "none" : String.join(", ", datasets);
	}

	/** A sibling of {@code dataset} that no reader looks for, unique to this write. */
	private static String temporaryName(String dataset) {
		String path = dataset.startsWith("/") ? dataset.substring(1) : dataset;
		int slash = path.lastIndexOf('/');
		return path.substring(0, slash + 1) + "." + path.substring(slash + 1) + "-writing-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
	}

	private static N5DatasetAttributes attributesOf(RandomAccessibleInterval<? extends RealType<?>> data) {
		int[] block = new int[data.numDimensions()];
		for (int d = 0; d < block.length; d++)
			block[d] = (int) Math.min(BLOCK, data.dimension(d));
		return new N5DatasetAttributes(data.dimensionsAsLongArray(), block, N5DataType.of(data.getType()), N5Compression.gzip(-1));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void writeAll(N5Store store, String dataset, RandomAccessibleInterval<? extends RealType<?>> data) throws IOException {
		N5Images.writeInterval(store, dataset, (RandomAccessibleInterval) Views.zeroMin(data));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static RandomAccessibleInterval<? extends RealType<?>> open(N5Store store, String dataset, N5DataType type) throws IOException {
		return N5Images.open(store, dataset, (NativeType & RealType) type.createType());
	}
}
