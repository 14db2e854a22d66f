package connectomej.segment;

import java.util.HashMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * Turns 2D components separated by boundary pixels into a partition without boundary: small components are dropped,
 * then the rest grow over the boundary, section by section, by a seeded watershed on the membrane probability (low
 * probability floods first).
 */
public final class BoundaryFilling {

	private BoundaryFilling() {}

	/**
	 * Grows per-section components over their boundary pixels.
	 *
	 * @param probability membrane probability in [0, 1], axes x, y, z
	 * @param minPixels components with fewer pixels in a section are removed before growing (0 keeps all)
	 * @param labels in: components &gt; 0 and boundary 0; out: every pixel of a section holding a component labelled
	 *            (sections without any component stay 0); same dimensions as {@code probability}
	 */
	public static <L extends IntegerType<L>> void grow(RandomAccessibleInterval<? extends RealType<?>> probability, int minPixels,
			RandomAccessibleInterval<L> labels) {
		int[] dims = FlatArrays.dimensions(probability);
		long[] wide = FlatArrays.longs(labels);
		int[] flat = new int[wide.length];
		for (int i = 0; i < wide.length; i++)
			flat[i] = Math.toIntExact(wide[i]);
		if (minPixels > 0)
			dropSmall(flat, dims, minPixels);
		SeededWatershed.flood(FlatArrays.floats(probability), dims, true, flat);
		FlatArrays.write(flat, labels);
	}

	/** Sets to 0 the pixels of components smaller than {@code minPixels} within their section. */
	static void dropSmall(int[] labels, int[] dims, int minPixels) {
		int plane = dims[0] * dims[1];
		for (int z = 0; z < dims[2]; z++) {
			Map<Integer, Integer> sizes = new HashMap<>();
			for (int i = z * plane; i < (z + 1) * plane; i++)
				if (labels[i] != 0)
					sizes.merge(labels[i], 1, Integer::sum);
			for (int i = z * plane; i < (z + 1) * plane; i++)
				if (labels[i] != 0 && sizes.get(labels[i]) < minPixels)
					labels[i] = 0;
		}
	}
}
