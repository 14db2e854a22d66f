package connectomej.io.n5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;

/**
 * An N5 container on the file system (saalfeldlab/n5 README, "File-system specification"): a folder per group or
 * dataset, its attributes in {@code attributes.json}, one file per block at {@code dataset/x/y/z}.
 * <p>
 * Every file is written atomically (temporary name, then rename), so writers of different blocks can run in
 * parallel, in threads or processes, and a reader never sees half a block. Attribute updates of one group are
 * serialized within this object only. Group paths are relative to the root, {@code "a/b"}; a leading slash is
 * ignored, and {@code ""} is the root.
 */
public final class N5Store {

	/**
	 * The {@code "n5"} version attribute written to the root. The Java reference accepts a container whose major
	 * version is at most its own (2 in n5 2.x, 4 in n5 3.x), so both read it.
	 */
	public static final String VERSION = "2.5.1";

	private static final String ATTRIBUTES = "attributes.json";
	private final Path root;

	private N5Store(Path root) {
		this.root = root;
	}

	/** Opens a container, creating its root folder and version attribute when missing. */
	public static N5Store create(Path root) throws IOException {
		Files.createDirectories(root);
		N5Store store = new N5Store(root);
		if (!store.attributes("").containsKey("n5"))
			store.setAttributes("", Map.of("n5", VERSION));
		return store;
	}

	/**
	 * Opens an existing container for reading and writing.
	 *
	 * @throws BadInputException when the folder does not exist
	 */
	public static N5Store open(Path root) {
		if (!Files.isDirectory(root))
			throw new BadInputException(root, "no such N5 container (folder)");
		return new N5Store(root);
	}

	/** The container's folder. */
	public Path root() {
		return root;
	}

	/** The folder of a group or dataset. */
	public Path folder(String path) {
		String relative = path.startsWith("/") ? path.substring(1) : path;
		return relative.isEmpty() ? root : root.resolve(relative);
	}

	/** True if the group or dataset exists. */
	public boolean exists(String path) {
		return Files.isDirectory(folder(path));
	}

	/** True if the path is a dataset (a group whose attributes include {@code dataType}). */
	public boolean datasetExists(String path) throws IOException {
		return exists(path) && attributes(path).containsKey("dataType");
	}

	/** Creates a group and its parents. */
	public void createGroup(String path) throws IOException {
		Files.createDirectories(folder(path));
	}

	/**
	 * Creates (or redefines) a dataset: its folder and mandatory attributes; existing blocks are kept.
	 *
	 * @throws UnsupportedOperationException before anything is made when the compression is read only (blosc)
	 */
	public void createDataset(String path, N5DatasetAttributes attributes) throws IOException {
		Map<String, Object> json = attributes.toJson();
		createGroup(path);
		setAttributes(path, json);
	}

	/**
	 * The mandatory attributes of a dataset.
	 *
	 * @throws BadInputException when it is missing or not a dataset
	 */
	public N5DatasetAttributes datasetAttributes(String path) throws IOException {
		if (!exists(path))
			throw new BadInputException(folder(path), "no such N5 dataset");
		return N5DatasetAttributes.fromJson(attributes(path), folder(path).resolve(ATTRIBUTES));
	}

	/** All attributes of a group (empty when it has none), in file order; see {@link N5Json} for value types. */
	public Map<String, Object> attributes(String path) throws IOException {
		Path file = folder(path).resolve(ATTRIBUTES);
		try {
			Object json = N5Json.parse(Files.readString(file));
			if (!(json instanceof Map<?, ?>))
				throw new BadInputException(file, "attributes must be a JSON object");
			@SuppressWarnings("unchecked")
			Map<String, Object> map = (Map<String, Object>) json;
			return map;
		} catch (NoSuchFileException e) {
			return new LinkedHashMap<>();
		} catch (IllegalArgumentException e) {
			throw new BadInputException(file, e.getMessage());
		}
	}

	/**
	 * Adds or replaces attributes of a group (others are kept), creating the group when missing.
	 *
	 * @param values attribute name to value: numbers, strings, booleans, maps, lists, primitive arrays
	 */
	public synchronized void setAttributes(String path, Map<String, ?> values) throws IOException {
		Map<String, Object> all = attributes(path);
		all.putAll(values);
		Path file = folder(path).resolve(ATTRIBUTES);
		AtomicFiles.write(file, tmp -> Files.writeString(tmp, N5Json.write(all)));
	}

	/** The file of a block, {@code dataset/x/y/z}. */
	public Path blockFile(String dataset, long[] gridPosition) {
		return folder(dataset).resolve(N5Block.gridPath(gridPosition));
	}

	/** True if the block's file exists. */
	public boolean blockExists(String dataset, long[] gridPosition) {
		return Files.isRegularFile(blockFile(dataset, gridPosition));
	}

	/**
	 * Reads a block.
	 *
	 * @return the block, or null when it was never written (N5 datasets are sparse)
	 * @throws BadInputException when the block file is corrupt, naming its grid position
	 */
	public N5Block readBlock(String dataset, N5DatasetAttributes attributes, long[] gridPosition) throws IOException {
		Path file = blockFile(dataset, gridPosition);
		try {
			return N5BlockCodec.decode(attributes, gridPosition, Files.readAllBytes(file), file);
		} catch (NoSuchFileException e) {
			return null;
		}
	}

	/** Writes a block atomically; its size must be the dataset's block size at its position. */
	public void writeBlock(String dataset, N5DatasetAttributes attributes, N5Block block) throws IOException {
		if (!java.util.Arrays.equals(block.size(), attributes.blockSizeAt(block.gridPosition())))
			throw new IllegalArgumentException("block at " + N5Block.gridPath(block.gridPosition()) + " must have size "
					+ java.util.Arrays.toString(attributes.blockSizeAt(block.gridPosition())));
		byte[] bytes = N5BlockCodec.encode(attributes, block);
		AtomicFiles.write(blockFile(dataset, block.gridPosition()), tmp -> Files.write(tmp, bytes));
	}
}
