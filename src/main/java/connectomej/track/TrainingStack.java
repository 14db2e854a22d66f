package connectomej.track;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * An EM stack with dense ground-truth object ids, held as standardized sections for training the colour network.
 *
 * @param em per z, standardized EM, index y * width + x
 * @param labels per z, object ids (0 = boundary / unlabelled), same layout
 * @param maps per z, boundary probability in [0, 1], same layout, for colour networks that read one; or null
 */
public record TrainingStack(float[][] em, long[][] labels, int width, int height, float[][] maps) {

	/** A stack without boundary maps. */
	public TrainingStack(float[][] em, long[][] labels, int width, int height) {
		this(em, labels, width, height, null);
	}

	/**
	 * This stack with a boundary map.
	 *
	 * @param map boundary probability, x, y, z, the same size as the stack
	 * @throws IllegalArgumentException when the map's size differs from the stack's
	 */
	public TrainingStack withMap(RandomAccessibleInterval<? extends RealType<?>> map) {
		if (map.numDimensions() != 3 || map.dimension(0) != width || map.dimension(1) != height || map.dimension(2) != depth())
			throw new IllegalArgumentException("the boundary map is " + java.util.Arrays.toString(map.dimensionsAsLongArray())
					+ ", the stack " + width + " x " + height + " x " + depth());
		float[][] values = new float[depth()][];
		for (int z = 0; z < depth(); z++)
			values[z] = Sections.values(map, map.min(2) + z);
		return new TrainingStack(em, labels, width, height, values);
	}

	/**
	 * Reads all sections of a volume.
	 *
	 * @param raw EM, x, y, z
	 * @param labels object ids, same dimensions
	 */
	public static TrainingStack of(RandomAccessibleInterval<? extends RealType<?>> raw,
			RandomAccessibleInterval<? extends IntegerType<?>> labels) {
		int depth = Math.toIntExact(raw.dimension(2));
		float[][] em = new float[depth][];
		long[][] ids = new long[depth][];
		for (int z = 0; z < depth; z++) {
			em[z] = Sections.em(raw, raw.min(2) + z);
			ids[z] = Sections.labels(labels, labels.min(2) + z);
		}
		return new TrainingStack(em, ids, Sections.width(raw), Sections.height(raw));
	}

	/** Number of sections. */
	public int depth() {
		return em.length;
	}
}
