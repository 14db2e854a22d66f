package connectomej.io.n5;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import connectomej.io.BadInputException;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;

/**
 * The mandatory attributes of an N5 dataset.
 *
 * @param dimensions size per axis in voxels, axes x, y, z (x fastest, as N5 and ImgLib2 order them)
 * @param blockSize block size per axis in voxels; blocks at the far border may be smaller
 * @param dataType value type
 * @param compression block compression
 */
public record N5DatasetAttributes(long[] dimensions, int[] blockSize, N5DataType dataType, N5Compression compression) {

	public N5DatasetAttributes {
		if (dimensions.length != blockSize.length || dimensions.length == 0)
			throw new IllegalArgumentException("dimensions and block size need the same, non-zero number of axes");
		for (int d = 0; d < dimensions.length; d++)
			if (dimensions[d] < 0 || blockSize[d] <= 0)
				throw new IllegalArgumentException("dimensions must be >= 0 and block sizes > 0");
		dimensions = dimensions.clone();
		blockSize = blockSize.clone();
	}

	/** Number of axes. */
	public int numDimensions() {
		return dimensions.length;
	}

	/** The interval (0, 0, 0) to dimensions - 1. */
	public Interval interval() {
		return new FinalInterval(dimensions);
	}

	/** Number of blocks per axis: ceil(dimension / blockSize). */
	public long[] gridDimensions() {
		long[] g = new long[dimensions.length];
		for (int d = 0; d < g.length; d++)
			g[d] = (dimensions[d] + blockSize[d] - 1) / blockSize[d];
		return g;
	}

	/** The size of the block at a grid position, per axis: smaller than {@link #blockSize()} at the far border. */
	public int[] blockSizeAt(long[] gridPosition) {
		int[] s = new int[dimensions.length];
		for (int d = 0; d < s.length; d++)
			s[d] = (int) Math.min(blockSize[d], dimensions[d] - gridPosition[d] * blockSize[d]);
		return s;
	}

	/** The voxels of the block at a grid position. */
	public Interval blockInterval(long[] gridPosition) {
		int[] size = blockSizeAt(gridPosition);
		long[] min = new long[size.length], max = new long[size.length];
		for (int d = 0; d < size.length; d++) {
			min[d] = gridPosition[d] * blockSize[d];
			max[d] = min[d] + size[d] - 1;
		}
		return new FinalInterval(min, max);
	}

	/** The attributes as they go into {@code attributes.json}. */
	public Map<String, Object> toJson() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("dimensions", dimensions);
		m.put("blockSize", blockSize);
		m.put("dataType", dataType.jsonName());
		m.put("compression", compression.toJson());
		return m;
	}

	/**
	 * Reads the attributes of a dataset.
	 *
	 * @param json the content of its {@code attributes.json}
	 * @param file that file, for messages
	 * @throws BadInputException when a mandatory attribute is missing or not understood
	 */
	public static N5DatasetAttributes fromJson(Map<String, Object> json, Path file) {
		try {
			long[] dims = longs(json.get("dimensions"), "dimensions");
			long[] block = longs(json.get("blockSize"), "blockSize");
			N5DataType type = N5DataType.fromJsonName(String.valueOf(json.get("dataType")));
			if (type == null)
				throw new IllegalArgumentException("dataType " + json.get("dataType") + " is not an N5 type");
			int[] blockInts = Arrays.stream(block).mapToInt(Math::toIntExact).toArray();
			Object compression = json.containsKey("compression") ? json.get("compression") : legacyCompression(json.get("compressionType"));
			return new N5DatasetAttributes(dims, blockInts, type, N5Compression.fromJson(compression));
		} catch (IllegalArgumentException | ArithmeticException e) {
			throw new BadInputException(file, "not an N5 dataset: " + e.getMessage());
		}
	}

	/** Containers written before N5 1.0 name the compression by {@code "compressionType"} only. */
	private static Object legacyCompression(Object type) {
		return type == null ? null : Map.of("type", type);
	}

	private static long[] longs(Object value, String name) {
		if (!(value instanceof List<?> list))
			throw new IllegalArgumentException(name + " is missing or not an array");
		long[] a = new long[list.size()];
		for (int i = 0; i < a.length; i++) {
			if (!(list.get(i) instanceof Number n))
				throw new IllegalArgumentException(name + " holds a non-number");
			a[i] = n.longValue();
		}
		return a;
	}
}
