package connectomej.io.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import connectomej.io.BadInputException;
import connectomej.io.n5.N5Json;

/**
 * The folders of a Zarr v2 store: arrays hold a {@code .zarray}, groups a {@code .zgroup}, either may have
 * {@code .zattrs}. Paths in the store are written with a leading slash, {@code "/"} being the root.
 */
final class ZarrStore {

	static final String ZGROUP = ".zgroup", ZATTRS = ".zattrs", V3 = "zarr.json";

	private ZarrStore() {}

	/** The folder of a path in the store ({@code null}, "" and "/" are the root). */
	static Path node(Path root, String path) {
		String relative = path == null ? "" : path.replaceAll("^/+", "");
		return relative.isEmpty() ? root : root.resolve(relative);
	}

	/** True when the folder is an array (has a {@code .zarray}). */
	static boolean isArray(Path node) {
		return Files.isRegularFile(node.resolve(ZarrArrayMetadata.ZARRAY));
	}

	/**
	 * Refuses what is not a Zarr v2 store or node: a Zarr v3 {@code zarr.json} at the root or at the node, or a root
	 * that is not a folder with a {@code .zgroup} or {@code .zarray}.
	 */
	static void requireV2(Path root, Path node) {
		for (Path p : List.of(root, node))
			if (Files.isRegularFile(p.resolve(V3)))
				throw new BadInputException(p, "Zarr v3 (zarr.json) is not read yet: only Zarr v2 (.zarray, .zgroup) is; "
						+ "convert to Zarr v2 or N5");
		if (!Files.isRegularFile(root.resolve(ZGROUP)) && !isArray(root))
			throw new BadInputException(root, "is not a Zarr store (no .zgroup or .zarray in it)");
	}

	/** The attributes of a node ({@code .zattrs}), empty when it has none. */
	static Map<?, ?> attributes(Path node) throws IOException {
		return jsonObject(node.resolve(ZATTRS), false);
	}

	/**
	 * A JSON object read from a file.
	 *
	 * @param required when false, a missing file reads as an empty object
	 * @throws BadInputException naming the file when it is not a JSON object
	 */
	static Map<?, ?> jsonObject(Path file, boolean required) throws IOException {
		if (!required && !Files.isRegularFile(file))
			return Map.of();
		try {
			if (N5Json.parse(Files.readString(file)) instanceof Map<?, ?> m)
				return m;
		} catch (IllegalArgumentException e) {
			throw new BadInputException(file, "is not valid JSON: " + e.getMessage());
		}
		throw new BadInputException(file, "holds no JSON object");
	}

	/**
	 * The paths of every array in a store, sorted ({@code "/"} when the root is an array). Only groups are visited,
	 * never the chunks inside an array.
	 */
	static List<String> arrays(Path root) throws IOException {
		List<String> found = new ArrayList<>();
		if (isArray(root))
			found.add("/");
		else
			collect(root, "", found);
		found.sort(null);
		return found;
	}

	private static void collect(Path group, String path, List<String> found) throws IOException {
		try (Stream<Path> children = Files.list(group)) {
			for (Path child : (Iterable<Path>) children.filter(Files::isDirectory)::iterator) {
				String childPath = path + "/" + child.getFileName();
				if (isArray(child))
					found.add(childPath);
				else if (!child.getFileName().toString().startsWith("."))
					collect(child, childPath, found);
			}
		}
	}
}
