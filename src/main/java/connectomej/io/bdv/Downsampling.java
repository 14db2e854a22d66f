package connectomej.io.bdv;

import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Block-wise downsampling by integer factors: output voxel p summarizes the input voxels {@code p * f .. p * f + f - 1}
 * per axis x, y, z (clipped at the input's far border). Input and output are in their own level's coordinates (input
 * min at the origin); the output may be any sub-interval of the downsampled level, e.g. one block.
 */
public final class Downsampling {

	private Downsampling() {}

	/**
	 * The mean: for intensities and probabilities; rounded for integer outputs.
	 *
	 * @param input the finer level, 3D, min at the origin
	 * @param factors per axis, >= 1
	 * @param output the coarser level or a block of it, allocated by the caller
	 */
	public static <S extends RealType<S>, T extends RealType<T>> void mean(RandomAccessibleInterval<S> input, long[] factors,
			RandomAccessibleInterval<T> output) {
		RandomAccess<S> in = input.randomAccess();
		Cursor<T> out = Views.iterable(output).localizingCursor();
		long[] min = new long[3], max = new long[3];
		while (out.hasNext()) {
			out.fwd();
			footprint(out, factors, input, min, max);
			double sum = 0;
			for (long z = min[2]; z <= max[2]; z++)
				for (long y = min[1]; y <= max[1]; y++)
					for (long x = min[0]; x <= max[0]; x++)
						sum += in.setPositionAndGet(x, y, z).getRealDouble();
			double mean = sum / ((max[0] - min[0] + 1) * (max[1] - min[1] + 1) * (max[2] - min[2] + 1));
			out.get().setReal(out.get() instanceof IntegerType<?> ? Math.round(mean) : mean);
		}
	}

	/**
	 * The most frequent value (ties: the smallest, unsigned): for labels, which must not be blended.
	 *
	 * @param input the finer level, 3D, min at the origin
	 * @param factors per axis, >= 1
	 * @param output the coarser level or a block of it, allocated by the caller
	 */
	public static <S extends IntegerType<S>, T extends IntegerType<T>> void mode(RandomAccessibleInterval<S> input, long[] factors,
			RandomAccessibleInterval<T> output) {
		RandomAccess<S> in = input.randomAccess();
		Cursor<T> out = Views.iterable(output).localizingCursor();
		long[] min = new long[3], max = new long[3];
		long[] values = new long[Math.toIntExact(factors[0] * factors[1] * factors[2])];
		while (out.hasNext()) {
			out.fwd();
			footprint(out, factors, input, min, max);
			int n = 0;
			for (long z = min[2]; z <= max[2]; z++)
				for (long y = min[1]; y <= max[1]; y++)
					for (long x = min[0]; x <= max[0]; x++)
						values[n++] = in.setPositionAndGet(x, y, z).getIntegerLong();
			out.get().setInteger(mostFrequent(values, n));
		}
	}

	/** The most frequent of the first n values, the smallest (unsigned) among ties; n is small (a footprint). */
	private static long mostFrequent(long[] values, int n) {
		long best = 0;
		int bestCount = 0;
		for (int i = 0; i < n; i++) {
			int count = 0;
			for (int j = 0; j < n; j++)
				if (values[j] == values[i])
					count++;
			if (count > bestCount || (count == bestCount && Long.compareUnsigned(values[i], best) < 0)) {
				best = values[i];
				bestCount = count;
			}
		}
		return best;
	}

	private static void footprint(Cursor<?> at, long[] factors, RandomAccessibleInterval<?> input, long[] min, long[] max) {
		for (int d = 0; d < 3; d++) {
			min[d] = at.getLongPosition(d) * factors[d];
			max[d] = Math.min(min[d] + factors[d] - 1, input.max(d));
		}
	}
}
