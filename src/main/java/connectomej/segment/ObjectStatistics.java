package connectomej.segment;

import java.util.ArrayList;
import java.util.List;

import connectomej.metrics.LongLongMap;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * Size, bounding box and centroid of one labelled object, in voxel coordinates of the label volume (its interval's
 * min included), axes x, y, z.
 *
 * @param id the label
 * @param voxels number of voxels
 * @param min bounding box min corner {x, y, z}, inclusive
 * @param max bounding box max corner {x, y, z}, inclusive
 * @param centroid mean voxel position {x, y, z}
 */
public record ObjectStatistics(long id, long voxels, long[] min, long[] max, double[] centroid) {

	/** The centroid in nm: voxel position times voxel size per axis. */
	public double[] centroidNm(VoxelSize voxelSize) {
		return new double[] { centroid[0] * voxelSize.x(), centroid[1] * voxelSize.y(), centroid[2] * voxelSize.z() };
	}

	/**
	 * Statistics of every nonzero label, in increasing label order.
	 *
	 * @param labels 3D x, y, z, any min
	 */
	public static List<ObjectStatistics> of(RandomAccessibleInterval<? extends IntegerType<?>> labels) {
		long[] flat = FlatArrays.longs(labels);
		int[] dims = FlatArrays.dimensions(labels);
		long[] origin = labels.minAsLongArray();
		LongLongMap index = new LongLongMap(1024);
		List<long[]> acc = new ArrayList<>();
		for (int i = 0; i < flat.length; i++) {
			if (flat[i] == 0)
				continue;
			int k = (int) index.get(flat[i], -1);
			if (k < 0) {
				k = acc.size();
				index.put(flat[i], k);
				acc.add(new long[] { flat[i], 0, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE,
					Long.MIN_VALUE, 0, 0, 0 });
			}
			add(acc.get(k), new long[] { origin[0] + i % dims[0], origin[1] + (i / dims[0]) % dims[1], origin[2] + i / (dims[0] * dims[1]) });
		}
		acc.sort((a, b) -> Long.compare(a[0], b[0]));
		List<ObjectStatistics> out = new ArrayList<>(acc.size());
		for (long[] a : acc)
			out.add(new ObjectStatistics(a[0], a[1], new long[] { a[2], a[3], a[4] }, new long[] { a[5], a[6], a[7] },
				new double[] { (double) a[8] / a[1], (double) a[9] / a[1], (double) a[10] / a[1] }));
		return out;
	}

	/** Accumulator layout: id, count, min xyz, max xyz, sum xyz. */
	private static void add(long[] a, long[] p) {
		a[1]++;
		for (int d = 0; d < 3; d++) {
			a[2 + d] = Math.min(a[2 + d], p[d]);
			a[5 + d] = Math.max(a[5 + d], p[d]);
			a[8 + d] += p[d];
		}
	}
}
