package connectomej.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * {@link Teasar} skeletons of every object of a label volume, objects in parallel. Each object is cut out of its
 * bounding box grown by one voxel (so the volume border counts as surface); only the 26-connected part that holds
 * the object's first voxel is skeletonized.
 */
public final class Skeletons {

	private Skeletons() {}

	/**
	 * Skeletons of all objects, in the order of {@code objects}.
	 *
	 * @param labels 3D x, y, z, any min; node positions are (voxel position) * voxel size, in nm
	 * @param objects the objects to skeletonize (from {@link ObjectStatistics#of})
	 * @param executor runs objects in parallel
	 */
	public static List<Skeleton> of(RandomAccessibleInterval<? extends IntegerType<?>> labels, List<ObjectStatistics> objects,
		VoxelSize voxelSize, TeasarSettings settings, ExecutorService executor)
	{
		List<Callable<Skeleton>> tasks = new ArrayList<>();
		for (ObjectStatistics o : objects)
			tasks.add(() -> of(labels, o, voxelSize, settings));
		return BlockwiseWatershed.runAll(tasks, executor);
	}

	/** The skeleton of one object. */
	public static Skeleton of(RandomAccessibleInterval<? extends IntegerType<?>> labels, ObjectStatistics object, VoxelSize voxelSize,
		TeasarSettings settings)
	{
		long[] min = new long[3], max = new long[3];
		for (int d = 0; d < 3; d++) {
			min[d] = object.min()[d] - 1;
			max[d] = object.max()[d] + 1;
		}
		FinalInterval box = new FinalInterval(min, max);
		int[] dims = FlatArrays.dimensions(box);
		boolean[] mask = new boolean[dims[0] * dims[1] * dims[2]];
		Cursor<? extends IntegerType<?>> c = Views.flatIterable(Views.interval(labels, Intervals.intersect(box, labels))).localizingCursor();
		while (c.hasNext()) {
			boolean inside = c.next().getIntegerLong() == object.id();
			mask[(int) ((c.getLongPosition(0) - min[0]) + dims[0] * ((c.getLongPosition(1) - min[1]) + dims[1] * (c.getLongPosition(2) - min[2])))] = inside;
		}
		double[] spacing = voxelSize.toArray();
		double[] origin = { min[0] * spacing[0], min[1] * spacing[1], min[2] * spacing[2] };
		return Teasar.skeletonize(object.id(), mask, dims, spacing, origin, settings);
	}
}
