package connectomej.segment;

import java.util.ArrayList;
import java.util.List;

import connectomej.metrics.ContingencyTable;
import connectomej.metrics.LongLongMap;
import connectomej.metrics.SegmentationScores;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;

/**
 * Chooses the agglomeration threshold on a validation volume with ground truth: one agglomeration up to the
 * largest candidate threshold records its merges ({@link MergeHistory}); the segmentation at each candidate is a
 * prefix of them, scored against the ground truth from the supervoxel-by-ground-truth overlaps without touching the
 * voxels again. The size filter is not part of the sweep (apply it after choosing).
 */
public final class ThresholdSelection {

	/** What to minimise. */
	public enum Criterion {
		/** Variation of information split + merge, ground-truth label 0 ignored (CREMI convention). */
		VOI,
		/** The CREMI score sqrt(VOI * adapted Rand error). */
		CREMI,
		/** Adapted Rand error, ground-truth label 0 ignored (SNEMI3D convention, Arganda-Carreras et al. 2015). */
		ADAPTED_RAND
	}

	/**
	 * One point of the sweep.
	 *
	 * @param threshold agglomeration threshold
	 * @param scores all metrics of the segmentation at that threshold
	 */
	public record Point(double threshold, SegmentationScores scores) {}

	/**
	 * The sweep and its best point.
	 *
	 * @param best the point with the lowest criterion (the lowest threshold among ties)
	 * @param points all candidates in increasing threshold order
	 */
	public record Sweep(Point best, List<Point> points) {}

	private ThresholdSelection() {}

	/** Thresholds 0, step, 2 step, ... up to 1. */
	public static double[] evenThresholds(double step) {
		int n = (int) Math.floor(1 / step + 1e-9) + 1;
		double[] t = new double[n];
		for (int i = 0; i < n; i++)
			t[i] = Math.min(1, i * step);
		return t;
	}

	/**
	 * Sweeps candidate thresholds.
	 *
	 * @param supervoxels labels, 0 = boundary, 3D x, y, z, any min
	 * @param probability membrane probability in [0, 1], same dimensions
	 * @param groundTruth labels, 0 = unlabelled (ignored by the criteria), same dimensions
	 * @param score edge score of the agglomeration
	 * @param thresholds candidates, increasing; null for up to 201 quantiles of the scores of all merges (the
	 *            thresholds at which the segmentation changes) plus 0 and 1
	 */
	public static Sweep sweep(RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
		RandomAccessibleInterval<? extends RealType<?>> probability, RandomAccessibleInterval<? extends IntegerType<?>> groundTruth,
		EdgeScore score, double[] thresholds, Criterion criterion)
	{
		return sweep(supervoxels, probability, groundTruth, score, 0, thresholds, criterion);
	}

	/**
	 * Sweeps candidate thresholds of an agglomeration with the {@link NeckPenalty} blended in with weight
	 * {@code neckWeight} (&gt;= 0); otherwise as {@link #sweep(RandomAccessibleInterval, RandomAccessibleInterval,
	 * RandomAccessibleInterval, EdgeScore, double[], Criterion)}.
	 */
	public static Sweep sweep(RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
		RandomAccessibleInterval<? extends RealType<?>> probability, RandomAccessibleInterval<? extends IntegerType<?>> groundTruth,
		EdgeScore score, double neckWeight, double[] thresholds, Criterion criterion)
	{
		if (!Intervals.equalDimensions(supervoxels, groundTruth))
			throw new IllegalArgumentException("supervoxels and ground truth must have the same dimensions");
		long[] labels = FlatArrays.longs(supervoxels);
		RegionGraph graph = RegionGraph.build(labels, FlatArrays.floats(probability), FlatArrays.dimensions(supervoxels));
		LongLongMap overlaps = overlaps(labels, FlatArrays.longs(groundTruth), graph);
		double last = thresholds == null ? 1 : thresholds[thresholds.length - 1];
		MergeHistory history = Agglomeration.merge(graph, new AgglomerationSettings(last, score, 0, neckWeight)).history();
		return sweep(graph.regionCount(), overlaps, history, thresholds == null ? mergeScoreQuantiles(history, 201) : thresholds,
			criterion);
	}

	/** Up to {@code count} evenly spaced order statistics of the merge scores, with 0 and 1, increasing and distinct. */
	static double[] mergeScoreQuantiles(MergeHistory history, int count) {
		java.util.TreeSet<Double> t = new java.util.TreeSet<>(List.of(0.0, 1.0));
		int n = history.count();
		for (int i = 0; i < count && n > 0; i++)
			t.add(history.score((int) ((long) i * (n - 1) / Math.max(1, count - 1))));
		return t.stream().mapToDouble(Double::doubleValue).toArray();
	}

	static Sweep sweep(int regions, LongLongMap overlaps, MergeHistory history, double[] thresholds, Criterion criterion) {
		UnionFind sets = new UnionFind(regions);
		List<Point> points = new ArrayList<>();
		Point best = null;
		int k = 0;
		for (double t : thresholds) {
			for (; k < history.count() && history.score(k) <= t; k++)
				sets.union(history.kept(k), history.absorbed(k));
			Point p = new Point(t, SegmentationScores.evaluate(table(overlaps, sets)));
			points.add(p);
			if (best == null || value(p, criterion) < value(best, criterion))
				best = p;
		}
		return new Sweep(best, List.copyOf(points));
	}

	/** The value of {@code criterion} at point {@code p} (lower is better). */
	static double value(Point p, Criterion criterion) {
		return switch (criterion) {
			case VOI -> p.scores().voiForeground().sum();
			case CREMI -> p.scores().cremi().score();
			case ADAPTED_RAND -> p.scores().adaptedRand().error();
		};
	}

	/** Voxel counts keyed by (region + 1) << 32 | ground-truth label; region -1 for supervoxel label 0. */
	private static LongLongMap overlaps(long[] labels, long[] gt, RegionGraph graph) {
		if (gt.length != labels.length)
			throw new IllegalArgumentException("ground truth and supervoxels differ in size");
		LongLongMap counts = new LongLongMap(4096);
		for (int i = 0; i < labels.length; i++) {
			if (gt[i] < 0 || gt[i] >= 1L << 32)
				throw new IllegalArgumentException("ground-truth labels must be below 2^32, got " + gt[i]);
			long region = labels[i] == 0 ? -1 : graph.regionOf(labels[i]);
			counts.addTo((region + 1) << 32 | gt[i], 1);
		}
		return counts;
	}

	private static ContingencyTable table(LongLongMap overlaps, UnionFind sets) {
		ContingencyTable table = new ContingencyTable();
		overlaps.forEach((key, n) -> {
			int region = (int) (key >>> 32) - 1;
			table.add(key & 0xffffffffL, region < 0 ? 0 : sets.find(region) + 1L, n);
		});
		return table;
	}
}
