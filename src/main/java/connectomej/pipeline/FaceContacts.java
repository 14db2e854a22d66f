package connectomej.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

/**
 * Joins labels that touch across block faces: two face-adjacent voxels on either side of a face, both labelled
 * (non-zero), put their labels in one object. Right for labelings whose objects are separated by background
 * (thresholded components); a watershed, which labels every voxel, needs its own stitching.
 */
public final class FaceContacts {

	private FaceContacts() {}

	/**
	 * @param dataset a uint64 label dataset, labels unique across blocks
	 * @return every label of the dataset to its joined id 1..n
	 */
	public static LabelMapping join(N5Store store, String dataset, ExecutorService executor) throws IOException {
		N5DatasetAttributes attributes = store.datasetAttributes(dataset);
		List<Block> blocks = Blocks.grid(attributes.interval(), LocalBlockRunner.toLongs(attributes.blockSize()), new long[3]);
		LabelUnion union = new LabelUnion(DatasetLabels.distinct(store, dataset, executor));
		RandomAccessibleInterval<UnsignedLongType> labels = N5Images.open(store, dataset, new UnsignedLongType());
		List<Callable<long[]>> faceTasks = new ArrayList<>();
		for (Block b : blocks)
			for (int axis = 0; axis < 3; axis++)
				if (b.core().max(axis) < attributes.dimensions()[axis] - 1)
					faceTasks.add(contactsTask(labels, b, axis));
		for (long[] pairs : Parallel.all(faceTasks, executor))
			for (int i = 0; i < pairs.length; i += 2)
				union.union(pairs[i], pairs[i + 1]);
		return union.toMapping();
	}

	private static Callable<long[]> contactsTask(RandomAccessibleInterval<UnsignedLongType> labels, Block b, int axis) {
		return () -> contacts(labels, b, axis);
	}

	/** Label pairs (flattened a, b, a, b, ...) across the face of a block's core at its far end along an axis. */
	static long[] contacts(RandomAccessibleInterval<UnsignedLongType> labels, Block block, int axis) {
		long[] min = block.core().minAsLongArray(), max = block.core().maxAsLongArray();
		min[axis] = max[axis];
		Cursor<UnsignedLongType> near = Views.interval(labels, new FinalInterval(min, max)).localizingCursor();
		RandomAccess<UnsignedLongType> far = labels.randomAccess();
		LongPairs pairs = new LongPairs();
		while (near.hasNext()) {
			long a = near.next().get();
			far.setPosition(near);
			far.move(1, axis);
			long b = far.get().get();
			if (a != 0 && b != 0 && a != b)
				pairs.add(a, b);
		}
		return pairs.toArray();
	}
}
