package connectomej.segment;

import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * Seeded watershed on a membrane probability map (values in [0, 1], high = membrane), the supervoxel step of the
 * fast pass of Meirovitch et al. 2016 ("A multi-pass approach to large-scale connectomics", arXiv 1612.02120).
 * <p>
 * Seeds are the face-connected components of the voxels below a probability threshold, optionally shrunk to the
 * voxels at least a given distance (nm, exact anisotropic Euclidean distance transform, {@link DistanceTransform})
 * from the rest. Every other voxel is then flooded from the seeds in order of increasing probability by
 * priority-flood over a bucket queue of 1024 levels, first in first out within a level: deterministic, and every
 * voxel connected to a seed gets a label (no watershed lines). In per-section mode everything happens within each
 * z section (2D, 4-connected), for anisotropic serial sections; the 2D supervoxels are linked across sections by
 * the {@link Agglomeration}, whose region graph joins supervoxels of neighbouring sections by their contact.
 */
public final class SeededWatershed {

	/** Number of probability levels of the flooding queue. */
	public static final int LEVELS = 1024;

	private SeededWatershed() {}

	/**
	 * Supervoxels of a probability map.
	 *
	 * @param probability membrane probability in [0, 1], 3D x, y, z, any min
	 * @param labels output, same dimensions, allocated by the caller: labels 1..n, 0 only where no seed is reachable
	 * @param voxelSize nm per axis (for seed distances)
	 * @return the number of supervoxels n
	 */
	public static long watershed(RandomAccessibleInterval<? extends RealType<?>> probability,
		RandomAccessibleInterval<? extends IntegerType<?>> labels, VoxelSize voxelSize, WatershedSettings settings)
	{
		int[] dims = FlatArrays.dimensions(probability);
		int[] out = new int[dims[0] * dims[1] * dims[2]];
		int n = watershed(FlatArrays.floats(probability), dims, voxelSize, settings, out);
		FlatArrays.write(out, labels);
		return n;
	}

	/**
	 * Flat-array form of {@link #watershed(RandomAccessibleInterval, RandomAccessibleInterval, VoxelSize,
	 * WatershedSettings)}.
	 *
	 * @param probability flat, x fastest
	 * @param dims {x, y, z}
	 * @param labels output, same length, overwritten
	 * @return the number of supervoxels
	 */
	public static int watershed(float[] probability, int[] dims, VoxelSize voxelSize, WatershedSettings settings, int[] labels) {
		int n = WatershedSeeds.find(probability, dims, voxelSize, settings, labels);
		flood(probability, dims, settings.perSection(), labels);
		return n;
	}

	/**
	 * Floods unlabelled voxels (0) from the labelled ones (seeds) in order of increasing probability.
	 *
	 * @param probability flat, x fastest, values in [0, 1] (clamped)
	 * @param dims {x, y, z}
	 * @param inPlane true: 4-connected within z sections; false: 6-connected in 3D
	 * @param labels seeds > 0 in, every voxel reachable from a seed labelled out; negative values are barriers,
	 *            never flooded and never flooding (e.g. to restrict the flood to a mask)
	 */
	public static void flood(float[] probability, int[] dims, boolean inPlane, int[] labels) {
		BucketQueue queue = new BucketQueue(LEVELS);
		Neighbours neighbours = new Neighbours(dims, inPlane);
		int[] near = new int[6];
		for (int i = 0; i < labels.length; i++)
			if (labels[i] > 0 && touchesUnlabelled(i, labels, neighbours, near))
				queue.push(level(probability[i]), i);
		for (int i = queue.pop(); i >= 0; i = queue.pop()) {
			int count = neighbours.of(i, near);
			for (int k = 0; k < count; k++) {
				int j = near[k];
				if (labels[j] == 0) {
					labels[j] = labels[i];
					queue.push(level(probability[j]), j);
				}
			}
		}
	}

	/** Only seed voxels on the border of their seed need to enter the queue: the interior has nothing to flood. */
	private static boolean touchesUnlabelled(int i, int[] labels, Neighbours neighbours, int[] near) {
		int count = neighbours.of(i, near);
		for (int k = 0; k < count; k++)
			if (labels[near[k]] == 0)
				return true;
		return false;
	}

	/** Queue level of a probability: [0, 1] onto 0..LEVELS-1; NaN counts as membrane. */
	static int level(float p) {
		if (!(p >= 0))
			return p < 0 ? 0 : LEVELS - 1;
		return Math.min(LEVELS - 1, (int) (p * LEVELS));
	}
}
