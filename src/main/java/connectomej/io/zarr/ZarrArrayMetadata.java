package connectomej.io.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import connectomej.io.BadInputException;
import connectomej.io.n5.N5Json;

/**
 * The {@code .zarray} of a Zarr v2 array, checked for what this reader handles. Shapes are in numpy order, as stored:
 * the last axis is x, the one before y, the one before that z; more leading axes (OME-Zarr's t and c) must have size
 * 1 to be read as a volume ({@link #volumeDimensions}).
 *
 * @param shape the array's size per axis, numpy order
 * @param chunks a chunk's size per axis, numpy order; chunks on disk always have this size (edge chunks are padded)
 * @param dtype the value type
 * @param fortranOrder {@code "order":"F"}: the first axis varies fastest in a chunk (else "C": the last axis, x)
 * @param fill the value of chunks missing on disk ({@code fill_value}; null reads as 0, true and false as 1 and 0)
 * @param compressor how chunks are compressed
 * @param separator between the chunk indices of a chunk's key: "." ({@code 0.1.2}, the default) or "/" ({@code 0/1/2})
 */
record ZarrArrayMetadata(long[] shape, int[] chunks, ZarrDtype dtype, boolean fortranOrder, Number fill, ZarrCompressor compressor,
		String separator) {

	/** The metadata file of an array. */
	static final String ZARRAY = ".zarray";

	/**
	 * Reads and checks the {@code .zarray} in an array's folder.
	 *
	 * @throws BadInputException naming the {@code .zarray} for anything not read: another {@code zarr_format}, a dtype or
	 *             compressor not read, filters, an unknown order or separator, or chunks of 2 GB and more
	 */
	static ZarrArrayMetadata read(Path array) throws IOException {
		Path file = array.resolve(ZARRAY);
		try {
			return of(ZarrStore.jsonObject(file, true));
		} catch (IllegalArgumentException e) {
			throw new BadInputException(file, e.getMessage());
		}
	}

	/** @throws IllegalArgumentException saying what is not read */
	private static ZarrArrayMetadata of(Map<?, ?> json) {
		require(Long.valueOf(2).equals(json.get("zarr_format")), "zarr_format " + json.get("zarr_format") + " is not read (2 is)");
		long[] shape = integers(json.get("shape"), "shape", 0);
		long[] chunks = integers(json.get("chunks"), "chunks", 1);
		require(shape.length == chunks.length && shape.length > 0, "shape and chunks need the same number of axes, at least one");
		ZarrDtype dtype = ZarrDtype.parse(json.get("dtype"));
		require(dtype != null, "dtype " + N5Json.write(json.get("dtype")) + " is not read (" + ZarrDtype.READ + " are)");
		Object order = json.get("order");
		require("C".equals(order) || "F".equals(order), "order " + N5Json.write(order) + " is not read (\"C\" and \"F\" are)");
		requireNoFilters(json.get("filters"));
		Object separator = json.get("dimension_separator") == null ? "." : json.get("dimension_separator");
		require(".".equals(separator) || "/".equals(separator), "dimension_separator " + N5Json.write(separator) + " is not read");
		ZarrArrayMetadata m = new ZarrArrayMetadata(shape, toInts(chunks), dtype, "F".equals(order), fill(json.get("fill_value")),
				ZarrCompressor.fromJson(json.get("compressor")), (String) separator);
		m.chunkBytes(); // refuses chunks of 2 GB and more
		return m;
	}

	private static void requireNoFilters(Object filters) {
		if (filters == null || filters instanceof List<?> l && l.isEmpty())
			return;
		List<String> ids = filters instanceof List<?> l ? l.stream().map(f -> f instanceof Map<?, ?> m ? String.valueOf(m.get("id")) : "?").toList()
				: List.of(String.valueOf(filters));
		throw new IllegalArgumentException("has filters (" + String.join(", ", ids) + "), which are not read: store it without filters");
	}

	private static Number fill(Object json) {
		if (json == null)
			return 0L;
		if (json instanceof Boolean b)
			return b ? 1L : 0L;
		if (json instanceof Number n)
			return n;
		return switch (String.valueOf(json)) {
			case "NaN" -> Double.NaN;
			case "Infinity" -> Double.POSITIVE_INFINITY;
			case "-Infinity" -> Double.NEGATIVE_INFINITY;
			default -> throw new IllegalArgumentException("fill_value " + N5Json.write(json) + " is not read (a number, NaN, Infinity, -Infinity, true, false or null are)");
		};
	}

	/** The number of axes, numpy's {@code ndim}. */
	int numDimensions() {
		return shape.length;
	}

	/** Bytes of one decoded chunk: every chunk on disk has the full chunk shape. */
	int chunkBytes() {
		long n = dtype.type().bytesPerValue();
		for (int c : chunks)
			n *= c;
		require(n < Integer.MAX_VALUE, "chunks of " + n + " bytes are not read (at most 2 GB)");
		return (int) n;
	}

	/**
	 * The array's size as a volume, axes x, y, z: a 2D array (y, x) is one section; leading axes beyond z must have
	 * size 1.
	 *
	 * @param array the array's folder, for the message
	 * @param axes names of the axes in numpy order, for the message
	 * @throws BadInputException naming the array when it has one axis, or a leading axis longer than 1
	 */
	long[] volumeDimensions(Path array, List<String> axes) {
		int n = numDimensions();
		if (n < 2)
			throw new BadInputException(array, "has shape " + joined(shape) + ": a volume needs 2 (y, x) or 3 (z, y, x) axes");
		for (int d = 0; d < n - 3; d++)
			if (shape[d] != 1)
				throw new BadInputException(array, "has shape " + joined(shape) + " (" + String.join(", ", axes)
						+ "); a volume has one channel and one time point");
		return new long[] { shape[n - 1], shape[n - 2], n > 2 ? shape[n - 3] : 1 };
	}

	/** A chunk's size as cells of the volume, axes x, y, z (1 along z for a 2D array). */
	int[] volumeChunks() {
		int n = numDimensions();
		return new int[] { chunks[n - 1], chunks[n - 2], n > 2 ? chunks[n - 3] : 1 };
	}

	/** The key of the chunk at a volume's grid position (x, y, z): {@code "0.1.2"} (z, y, x), leading axes at 0. */
	String chunkKey(long[] gridXyz) {
		int n = numDimensions();
		StringBuilder key = new StringBuilder();
		for (int d = 0; d < n; d++) {
			int fromX = n - 1 - d; // 0 for x, 1 for y, 2 for z, more for leading axes
			key.append(d == 0 ? "" : separator).append(fromX < 3 ? gridXyz[fromX] : 0);
		}
		return key.toString();
	}

	/** Default axis names, numpy order: ..., z, y, x, with OME-Zarr's t and c leading. */
	List<String> defaultAxes() {
		List<String> names = List.of("t", "c", "z", "y", "x");
		int n = numDimensions();
		return n <= names.size() ? names.subList(names.size() - n, names.size())
				: java.util.stream.IntStream.range(0, n).mapToObj(d -> d < n - 3 ? "axis " + d : names.get(d - n + 5)).toList();
	}

	/** Sizes joined like {@code 3 x 13 x 21}. */
	static String joined(long[] sizes) {
		return String.join(" x ", java.util.Arrays.stream(sizes).mapToObj(Long::toString).toList());
	}

	/** The chunk shape like {@code 2 x 8 x 16}, numpy order. */
	String chunkShape() {
		return joined(java.util.Arrays.stream(chunks).asLongStream().toArray());
	}

	private static long[] integers(Object json, String name, long min) {
		require(json instanceof List<?> l && l.stream().allMatch(v -> v instanceof Long x && x >= min), name + " must be a list of integers >= " + min);
		return ((List<?>) json).stream().mapToLong(v -> (Long) v).toArray();
	}

	private static int[] toInts(long[] values) {
		int[] ints = new int[values.length];
		for (int d = 0; d < ints.length; d++) {
			require(values[d] <= Integer.MAX_VALUE, "a chunk of " + values[d] + " along one axis is not read");
			ints[d] = (int) values[d];
		}
		return ints;
	}

	private static void require(boolean holds, String problem) {
		if (!holds)
			throw new IllegalArgumentException(problem);
	}
}
