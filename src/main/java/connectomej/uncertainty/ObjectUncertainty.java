package connectomej.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import connectomej.io.CsvTable;

/**
 * Per-object aggregates of a variance map for proofreading: the mean variance within each segment, most uncertain
 * objects first, so a proofreader reviews them in that order.
 *
 * @param id segment id (> 0)
 * @param voxels number of voxels of the segment
 * @param meanVariance mean of the variance map over the segment's voxels
 * @param maxVariance largest variance within the segment
 */
public record ObjectUncertainty(long id, long voxels, double meanVariance, double maxVariance) {

	/**
	 * Aggregates a variance map per segment.
	 *
	 * @param segments labels, axes x, y, z; 0 = background, ignored
	 * @param variance same dimensions (any min), e.g. from {@link UncertaintyEstimator#estimate}
	 * @return one entry per segment id, by mean variance descending (ties by id)
	 */
	public static List<ObjectUncertainty> of(RandomAccessibleInterval<? extends IntegerType<?>> segments,
			RandomAccessibleInterval<? extends RealType<?>> variance) {
		if (!Intervals.equalDimensions(segments, variance))
			throw new IllegalArgumentException("segments and variance map differ in size");
		Map<Long, double[]> sums = new HashMap<>();
		Cursor<? extends IntegerType<?>> s = Views.flatIterable(segments).cursor();
		Cursor<? extends RealType<?>> v = Views.flatIterable(variance).cursor();
		while (s.hasNext()) {
			long id = s.next().getIntegerLong();
			double value = v.next().getRealDouble();
			if (id == 0)
				continue;
			double[] a = sums.computeIfAbsent(id, k -> new double[] { 0, 0, Double.NEGATIVE_INFINITY });
			a[0]++;
			a[1] += value;
			a[2] = Math.max(a[2], value);
		}
		List<ObjectUncertainty> rows = new ArrayList<>();
		sums.forEach((id, a) -> rows.add(new ObjectUncertainty(id, (long) a[0], a[1] / a[0], a[2])));
		rows.sort(Comparator.comparingDouble(ObjectUncertainty::meanVariance).reversed()
				.thenComparingLong(ObjectUncertainty::id));
		return rows;
	}

	/** The aggregates as a table with columns id, voxels, mean_variance, max_variance. */
	public static CsvTable table(List<ObjectUncertainty> objects) {
		List<List<Object>> rows = new ArrayList<>();
		for (ObjectUncertainty o : objects)
			rows.add(List.of(o.id, o.voxels, o.meanVariance, o.maxVariance));
		return new CsvTable(List.of("id", "voxels", "mean_variance", "max_variance"), rows);
	}
}
