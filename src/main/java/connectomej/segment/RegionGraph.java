package connectomej.segment;

import connectomej.metrics.LongLongMap;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;

/**
 * Region adjacency graph of a supervoxel volume with boundary statistics per edge ({@link EdgeStatistics}).
 * <p>
 * Regions are the nonzero labels, indexed 0..n-1 in order of first appearance (flat, x fastest). Two regions are
 * adjacent where their voxels share a face; each such face adds one sample, the mean of the two voxels'
 * probabilities (the usual boundary-map-to-affinity conversion; the larger of the two gave similar scores on
 * snemi_mini and gala, see ACCURACY.md). Voxels labelled 0 (watershed lines) also join regions:
 * every pair of distinct regions among a 0 voxel's face neighbours gets that voxel's probability as one sample.
 * Region sizes count voxels.
 */
public final class RegionGraph {

	private final LongLongMap regionOfLabel = new LongLongMap(1024);
	private final LongLongMap edgeOfPair = new LongLongMap(4096);
	private long[] labels = new long[64];
	private long[] sizes = new long[64];
	private int regionCount;
	private final EdgeStatistics edges = new EdgeStatistics();

	private RegionGraph() {}

	/**
	 * Builds the graph of {@code supervoxels} with boundary probabilities from {@code probability}.
	 *
	 * @param supervoxels labels, 0 = boundary, 3D x, y, z, any min
	 * @param probability membrane probability in [0, 1], same dimensions
	 */
	public static RegionGraph build(RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
		RandomAccessibleInterval<? extends RealType<?>> probability)
	{
		if (!Intervals.equalDimensions(supervoxels, probability))
			throw new IllegalArgumentException("supervoxels and probability must have the same dimensions");
		return build(FlatArrays.longs(supervoxels), FlatArrays.floats(probability), FlatArrays.dimensions(supervoxels));
	}

	/** Flat-array form of {@link #build(RandomAccessibleInterval, RandomAccessibleInterval)} (x fastest). */
	public static RegionGraph build(long[] supervoxels, float[] probability, int[] dims) {
		RegionGraph g = new RegionGraph();
		new RegionGraphBuilder(g, supervoxels, probability, dims).run();
		return g;
	}

	/** Number of regions (nonzero labels). */
	public int regionCount() {
		return regionCount;
	}

	/** The supervoxel label of region {@code r}. */
	public long label(int r) {
		return labels[r];
	}

	/** Size of region {@code r} in voxels. */
	public long size(int r) {
		return sizes[r];
	}

	/** The region of a label, or -1 for 0 and unknown labels. */
	public int regionOf(long label) {
		return (int) regionOfLabel.get(label, -1);
	}

	/** The edges with their statistics. */
	public EdgeStatistics edges() {
		return edges;
	}

	/** Region index of {@code label} (nonzero), created on first sight; counts one voxel. */
	int countVoxel(long label) {
		int r = (int) regionOfLabel.get(label, -1);
		if (r < 0) {
			r = regionCount++;
			regionOfLabel.put(label, r);
			if (r == labels.length) {
				labels = java.util.Arrays.copyOf(labels, r * 2);
				sizes = java.util.Arrays.copyOf(sizes, r * 2);
			}
			labels[r] = label;
		}
		sizes[r]++;
		return r;
	}

	/** Adds one boundary sample between regions a != b. */
	void sample(int a, int b, float p) {
		int lo = Math.min(a, b), hi = Math.max(a, b);
		long key = (long) lo << 32 | hi;
		int e = (int) edgeOfPair.get(key, -1);
		if (e < 0) {
			e = edges.add(lo, hi);
			edgeOfPair.put(key, e);
		}
		edges.sample(e, p);
	}
}
