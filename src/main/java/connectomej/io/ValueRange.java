package connectomej.io;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The smallest and largest value of a volume, and whether it holds NaN (which neither counts), for the checks that
 * refuse inputs outside the range a method reads.
 *
 * @param min smallest value that is a number, +infinity when there is none
 * @param max largest value that is a number, -infinity when there is none
 * @param nan whether some value is NaN
 */
public record ValueRange(double min, double max, boolean nan) {

	/** Scans every value once. */
	@SuppressWarnings("unchecked")
	public static ValueRange of(RandomAccessibleInterval<? extends RealType<?>> data) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		boolean nan = false;
		for (RealType<?> t : Views.flatIterable((RandomAccessibleInterval<RealType<?>>) data)) {
			double v = t.getRealDouble();
			if (Double.isNaN(v)) {
				nan = true;
				continue;
			}
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		return new ValueRange(min, max, nan);
	}

	/** Whether every value is a number within [low, high]. */
	public boolean within(double low, double high) {
		return !nan && min >= low && max <= high;
	}
}
