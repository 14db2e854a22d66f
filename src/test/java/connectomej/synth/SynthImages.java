package connectomej.synth;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;

/** Test helpers: images as flat arrays (x fastest) for comparisons. */
final class SynthImages {

	private SynthImages() {}

	static <T extends IntegerType<T>> long[] values(RandomAccessibleInterval<T> img) {
		long[] out = new long[(int) Views.iterable(img).size()];
		Cursor<T> c = Views.flatIterable(img).cursor();
		for (int i = 0; c.hasNext(); i++)
			out[i] = c.next().getIntegerLong();
		return out;
	}

	/** All six images of a block, concatenated. */
	static long[][] all(SyntheticBlock b) {
		return new long[][] { values(b.raw()), values(b.neurons()), values(b.membranes()), values(b.clefts()),
			values(b.vesicles()), values(b.mitochondria()) };
	}
}
