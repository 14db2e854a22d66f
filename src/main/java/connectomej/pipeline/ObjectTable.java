package connectomej.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.io.CsvTable;
import connectomej.io.n5.N5Block;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Grids;
import connectomej.io.n5.N5Store;
import connectomej.segment.ObjectStatistics;
import connectomej.volume.VoxelSize;

/**
 * Per-object measurements of a label dataset, block by block: voxel count, bounding box and centroid (voxels,
 * axes x, y, z), volume in cubic micrometres, and skeleton length when skeletons exist.
 */
public final class ObjectTable {

	/** Columns of the objects table. */
	public static final List<String> COLUMNS = List.of("id", "voxels", "volume_um3", "min_x", "min_y", "min_z", "max_x",
			"max_y", "max_z", "centroid_x", "centroid_y", "centroid_z", "skeleton_length_nm");

	private ObjectTable() {}

	/**
	 * Measures every non-zero label.
	 *
	 * @return label to {count, min x, y, z, max x, y, z, sum x, y, z}, labels increasing
	 */
	public static Map<Long, long[]> measure(N5Store store, String dataset, ExecutorService executor) throws IOException {
		N5DatasetAttributes attributes = store.datasetAttributes(dataset);
		List<Callable<Map<Long, long[]>>> jobs = new ArrayList<>();
		for (long[] position : N5Grids.overlapping(attributes, attributes.interval()))
			jobs.add(() -> measureBlock(store, dataset, attributes, position));
		Map<Long, long[]> all = new TreeMap<>();
		for (Map<Long, long[]> part : Parallel.all(jobs, executor))
			part.forEach((id, s) -> all.merge(id, s, ObjectTable::combine));
		return all;
	}

	/**
	 * The measurements as {@link ObjectStatistics}, labels increasing.
	 *
	 * @param statistics from {@link #measure}
	 */
	public static List<ObjectStatistics> statistics(Map<Long, long[]> statistics) {
		List<ObjectStatistics> objects = new ArrayList<>(statistics.size());
		statistics.forEach((id, s) -> objects.add(new ObjectStatistics(id, s[0], new long[] { s[1], s[2], s[3] },
				new long[] { s[4], s[5], s[6] }, new double[] { (double) s[7] / s[0], (double) s[8] / s[0], (double) s[9] / s[0] })));
		return objects;
	}

	/**
	 * The objects table.
	 *
	 * @param lengthsNm skeleton length per label in nm; labels without one get an empty cell
	 */
	public static CsvTable table(Map<Long, long[]> statistics, VoxelSize voxelSize, Map<Long, Double> lengthsNm) {
		double voxelUm3 = voxelSize.x() * voxelSize.y() * voxelSize.z() * 1e-9;
		List<List<Object>> rows = new ArrayList<>(statistics.size());
		statistics.forEach((id, s) -> {
			List<Object> row = new ArrayList<>(List.of(id, s[0], s[0] * voxelUm3, s[1], s[2], s[3], s[4], s[5], s[6],
					(double) s[7] / s[0], (double) s[8] / s[0], (double) s[9] / s[0]));
			Double length = lengthsNm.get(id);
			row.add(length == null ? "" : length);
			rows.add(row);
		});
		return new CsvTable(COLUMNS, rows);
	}

	private static Map<Long, long[]> measureBlock(N5Store store, String dataset, N5DatasetAttributes attributes, long[] position) throws IOException {
		Map<Long, long[]> stats = new TreeMap<>();
		N5Block block = store.readBlock(dataset, attributes, position);
		if (block == null)
			return stats;
		long[] labels = (long[]) block.data();
		long[] min = attributes.blockInterval(position).minAsLongArray();
		int[] size = block.size();
		for (int i = 0; i < labels.length; i++)
			if (labels[i] != 0)
				add(stats.computeIfAbsent(labels[i], id -> empty()), min[0] + i % size[0], min[1] + i / size[0] % size[1],
						min[2] + i / (size[0] * size[1]));
		return stats;
	}

	private static long[] empty() {
		return new long[] { 0, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, 0, 0, 0 };
	}

	private static void add(long[] s, long x, long y, long z) {
		long[] p = { x, y, z };
		s[0]++;
		for (int d = 0; d < 3; d++) {
			s[1 + d] = Math.min(s[1 + d], p[d]);
			s[4 + d] = Math.max(s[4 + d], p[d]);
			s[7 + d] += p[d];
		}
	}

	private static long[] combine(long[] a, long[] b) {
		long[] c = a.clone();
		c[0] += b[0];
		for (int d = 0; d < 3; d++) {
			c[1 + d] = Math.min(a[1 + d], b[1 + d]);
			c[4 + d] = Math.max(a[4 + d], b[4 + d]);
			c[7 + d] += b[7 + d];
		}
		return c;
	}
}
