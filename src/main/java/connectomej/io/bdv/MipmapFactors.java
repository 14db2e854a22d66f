package connectomej.io.bdv;

import java.util.ArrayList;
import java.util.List;

import connectomej.volume.VoxelSize;

/**
 * Downsampling factors of a resolution pyramid, cumulative from full resolution (level 0 = {1, 1, 1}). Each level
 * halves the axes whose voxels are not already coarser than the finest axis by half a factor or more, so anisotropic
 * serial-section data (4 x 4 x 40 nm) is first halved in x and y only until its voxels are nearly isotropic, as
 * BigDataViewer's own exporter proposes.
 */
public final class MipmapFactors {

	private MipmapFactors() {}

	/**
	 * Proposes factors.
	 *
	 * @param dimensions full-resolution size, voxels x, y, z
	 * @param voxelSize full-resolution voxel size, nm
	 * @param smallest stop once every axis of a level is at most this many voxels (e.g. 64)
	 * @return factors per level and axis x, y, z, first {1, 1, 1}
	 */
	public static long[][] propose(long[] dimensions, VoxelSize voxelSize, long smallest) {
		List<long[]> levels = new ArrayList<>();
		long[] f = { 1, 1, 1 };
		levels.add(f.clone());
		while (largestAxis(dimensions, f) > smallest && levels.size() < 20) {
			double finest = Double.MAX_VALUE;
			for (int d = 0; d < 3; d++)
				if (dimensions[d] / f[d] > 1)
					finest = Math.min(finest, voxelSize.get(d) * f[d]);
			for (int d = 0; d < 3; d++)
				if (dimensions[d] / f[d] > 1 && voxelSize.get(d) * f[d] < 1.5 * finest)
					f[d] *= 2;
			levels.add(f.clone());
		}
		return levels.toArray(new long[0][]);
	}

	/** Size of a level: ceil(dimension / factor) per axis. */
	public static long[] levelDimensions(long[] dimensions, long[] factors) {
		long[] d = new long[dimensions.length];
		for (int i = 0; i < d.length; i++)
			d[i] = (dimensions[i] + factors[i] - 1) / factors[i];
		return d;
	}

	private static long largestAxis(long[] dimensions, long[] f) {
		long max = 0;
		for (int d = 0; d < 3; d++)
			max = Math.max(max, (dimensions[d] + f[d] - 1) / f[d]);
		return max;
	}
}
