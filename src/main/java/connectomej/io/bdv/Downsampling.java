package connectomej.io.bdv;

import java.util.HashMap;
import java.util.Map;

import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * Block-wise downsampling by integer factors: output voxel p summarizes the input voxels {@code p * f .. p * f + f - 1}
 * per axis (clipped at the input's far border). Input and output are in their own level's coordinates (input min at
 * the origin); the output may be any sub-interval of the downsampled level, e.g. one block.
 */
public final class Downsampling {

	private Downsampling() {}

	/**
	 * The mean: for intensities and probabilities.
	 *
	 * @param input the finer level, min at the origin
	 * @param factors per axis, >= 1
	 * @param output the coarser level or a block of it, allocated by the caller
	 */
	public static <S extends RealType<S>, T extends RealType<T>> void mean(RandomAccessibleInterval<S> input, long[] factors,
			RandomAccessibleInterval<T> output) {
		Cursor<T> out = Views.iterable(output).localizingCursor();
		while (out.hasNext()) {
			out.fwd();
			double sum = 0;
			long n = 0;
			for (S s : Views.iterable(Views.interval(input, footprint(out, factors, input)))) {
				sum += s.getRealDouble();
				n++;
			}
			out.get().setReal(isInteger(out.get()) ? Math.round(sum / n) : sum / n);
		}
	}

	/**
	 * The most frequent value (ties: the smallest): for labels, which must not be blended.
	 *
	 * @param input the finer level, min at the origin
	 * @param factors per axis, >= 1
	 * @param output the coarser level or a block of it, allocated by the caller
	 */
	public static <S extends IntegerType<S>, T extends IntegerType<T>> void mode(RandomAccessibleInterval<S> input, long[] factors,
			RandomAccessibleInterval<T> output) {
		Cursor<T> out = Views.iterable(output).localizingCursor();
		Map<Long, Integer> counts = new HashMap<>();
		while (out.hasNext()) {
			out.fwd();
			counts.clear();
			for (S s : Views.iterable(Views.interval(input, footprint(out, factors, input))))
				counts.merge(s.getIntegerLong(), 1, Integer::sum);
			out.get().setInteger(mostFrequent(counts));
		}
	}

	private static long mostFrequent(Map<Long, Integer> counts) {
		long best = 0;
		int bestCount = -1;
		for (Map.Entry<Long, Integer> e : counts.entrySet())
			if (e.getValue() > bestCount || (e.getValue() == bestCount && Long.compareUnsigned(e.getKey(), best) < 0)) {
				best = e.getKey();
				bestCount = e.getValue();
			}
		return best;
	}

	private static Interval footprint(Cursor<?> at, long[] factors, Interval input) {
		long[] min = new long[3], max = new long[3];
		for (int d = 0; d < 3; d++) {
			min[d] = at.getLongPosition(d) * factors[d];
			max[d] = min[d] + factors[d] - 1;
		}
		return Intervals.intersect(new FinalInterval(min, max), input);
	}

	private static boolean isInteger(RealType<?> t) {
		return t instanceof IntegerType<?>;
	}
}
