package connectomej.pipeline;

import java.util.Arrays;

import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;

/** Bounding boxes and largest ids of labelled objects in a label volume. */
final class ObjectBox {

	private ObjectBox() {}

	/** The smallest interval holding every voxel of the given objects, or null when none occurs. */
	static Interval of(RandomAccessibleInterval<? extends IntegerType<?>> labels, long[] objects) {
		long[] wanted = objects.clone();
		Arrays.sort(wanted);
		int n = labels.numDimensions();
		long[] min = new long[n], max = new long[n];
		Arrays.fill(min, Long.MAX_VALUE);
		Arrays.fill(max, Long.MIN_VALUE);
		Cursor<? extends IntegerType<?>> c = Views.flatIterable(labels).localizingCursor();
		while (c.hasNext())
			if (Arrays.binarySearch(wanted, c.next().getIntegerLong()) >= 0)
				for (int d = 0; d < n; d++) {
					min[d] = Math.min(min[d], c.getLongPosition(d));
					max[d] = Math.max(max[d], c.getLongPosition(d));
				}
		return min[0] > max[0] ? null : new FinalInterval(min, max);
	}

	/** The largest label. */
	static long max(RandomAccessibleInterval<? extends IntegerType<?>> labels) {
		long max = 0;
		for (IntegerType<?> t : Views.flatIterable(labels))
			max = Math.max(max, t.getIntegerLong());
		return max;
	}
}
