package connectomej.track;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * One z section of a volume as a flat array, index {@code y * width + x} (x fastest), the layout the colour network
 * reads. EM is standardized per section (zero mean, unit standard deviation) so that TEM and FIB-SEM contrast need
 * no per-dataset normalization.
 */
public final class Sections {

	private Sections() {}

	/** Width of the sections of {@code volume} (its x size). */
	public static int width(RandomAccessibleInterval<?> volume) {
		return Math.toIntExact(volume.dimension(0));
	}

	/** Height of the sections of {@code volume} (its y size). */
	public static int height(RandomAccessibleInterval<?> volume) {
		return Math.toIntExact(volume.dimension(1));
	}

	/** Section {@code z} (absolute coordinate) of an EM volume (x, y, z), standardized. */
	public static float[] em(RandomAccessibleInterval<? extends RealType<?>> raw, long z) {
		float[] out = values(raw, z);
		double sum = 0, squares = 0;
		for (float v : out) {
			sum += v;
			squares += (double) v * v;
		}
		double mean = sum / out.length, std = Math.sqrt(Math.max(squares / out.length - mean * mean, 1e-6));
		for (int i = 0; i < out.length; i++)
			out[i] = (float) ((out[i] - mean) / std);
		return out;
	}

	/** Section {@code z} (absolute coordinate) of a real volume (x, y, z) as stored, index y * width + x. */
	public static float[] values(RandomAccessibleInterval<? extends RealType<?>> volume, long z) {
		int w = width(volume), h = height(volume);
		float[] out = new float[w * h];
		RandomAccess<? extends RealType<?>> a = volume.randomAccess();
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				a.setPosition(new long[] { volume.min(0) + x, volume.min(1) + y, z });
				out[y * w + x] = a.get().getRealFloat();
			}
		return out;
	}

	/** Section {@code z} (absolute) of a label volume (x, y, z); a 2D label image is read whatever {@code z}. */
	public static long[] labels(RandomAccessibleInterval<? extends IntegerType<?>> labels, long z) {
		int w = width(labels), h = height(labels);
		long[] out = new long[w * h];
		RandomAccess<? extends IntegerType<?>> a = labels.randomAccess();
		long[] position = new long[labels.numDimensions()];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				position[0] = labels.min(0) + x;
				position[1] = labels.min(1) + y;
				if (position.length > 2)
					position[2] = z;
				a.setPosition(position);
				out[y * w + x] = a.get().getIntegerLong();
			}
		return out;
	}

	/** Writes {@code section} into section {@code z} (absolute) of {@code out} (x, y, z). */
	public static <T extends IntegerType<T>> void write(long[] section, RandomAccessibleInterval<T> out, long z) {
		int w = width(out), h = height(out);
		RandomAccess<T> a = out.randomAccess();
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				a.setPosition(new long[] { out.min(0) + x, out.min(1) + y, z });
				a.get().setInteger(section[y * w + x]);
			}
	}

	/** The share of voxels labelled 0 (boundary, unlabelled) in a section, in [0, 1]. */
	public static double zeroShare(long[] section) {
		return section.length == 0 ? 0 : (double) java.util.Arrays.stream(section).filter(v -> v == 0).count() / section.length;
	}

	/** The distinct non-zero labels of a section, ascending. */
	public static long[] objects(long[] section) {
		return java.util.Arrays.stream(section).filter(v -> v != 0).sorted().distinct().toArray();
	}
}
