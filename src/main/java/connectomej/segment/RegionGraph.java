package connectomej.segment;

import java.util.Arrays;
import java.util.List;

import connectomej.metrics.LongLongMap;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

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
		new RegionGraphBuilder(g, supervoxels, probability, dims, new int[3], new int[] { dims[0] - 1, dims[1] - 1, dims[2] - 1 }).run();
		return g;
	}

	/**
	 * The part of the graph that one block owns: sizes of its core's voxels, faces from its core voxels to their +x,
	 * +y, +z neighbours (also beyond the core) and the boundary samples of its core's 0 voxels. The parts of blocks
	 * whose cores tile the volume {@link #combine} into exactly the whole volume's graph. Reads the core grown by one
	 * voxel on each side (clipped to the volume).
	 *
	 * @param supervoxels the whole label volume, x, y, z, any min
	 * @param probability the whole probability map, same interval
	 * @param core the block's core, inside the volume
	 */
	public static RegionGraph ofBlock(RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
		RandomAccessibleInterval<? extends RealType<?>> probability, Interval core)
	{
		if (!Intervals.equals(supervoxels, probability))
			throw new IllegalArgumentException("supervoxels and probability must cover the same interval");
		Interval grown = Intervals.intersect(Intervals.expand(core, 1), supervoxels);
		int[] min = new int[3], max = new int[3];
		for (int d = 0; d < 3; d++) {
			min[d] = (int) (core.min(d) - grown.min(d));
			max[d] = (int) (core.max(d) - grown.min(d));
		}
		RegionGraph g = new RegionGraph();
		new RegionGraphBuilder(g, FlatArrays.longs(Views.interval(supervoxels, grown)), FlatArrays.floats(Views.interval(probability, grown)),
			FlatArrays.dimensions(grown), min, max).run();
		return g;
	}

	/** One graph from the parts of blocks ({@link #ofBlock}): regions by label, edge statistics summed. */
	public static RegionGraph combine(List<RegionGraph> parts) {
		RegionGraph g = new RegionGraph();
		for (RegionGraph p : parts) {
			for (int r = 0; r < p.regionCount; r++) {
				int into = g.regionIndex(p.labels[r]);
				g.sizes[into] += p.sizes[r];
			}
			for (int e = 0; e < p.edges.count(); e++) {
				int a = g.regionIndex(p.labels[p.edges.regionA(e)]), b = g.regionIndex(p.labels[p.edges.regionB(e)]);
				g.edges.addAll(p.edges, e, g.edge(a, b));
			}
		}
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

	/** Region index of {@code label} (nonzero), created with size 0 on first sight. */
	int regionIndex(long label) {
		int r = (int) regionOfLabel.get(label, -1);
		if (r < 0) {
			r = regionCount++;
			regionOfLabel.put(label, r);
			if (r == labels.length) {
				labels = Arrays.copyOf(labels, r * 2);
				sizes = Arrays.copyOf(sizes, r * 2);
			}
			labels[r] = label;
		}
		return r;
	}

	/** Counts one voxel of region {@code r}. */
	void addVoxel(int r) {
		sizes[r]++;
	}

	/** Adds one boundary sample between regions a != b. */
	void sample(int a, int b, float p) {
		edges.sample(edge(a, b), p);
	}

	/** The edge between regions a != b, created without samples on first use. */
	private int edge(int a, int b) {
		int lo = Math.min(a, b), hi = Math.max(a, b);
		long key = (long) lo << 32 | hi;
		int e = (int) edgeOfPair.get(key, -1);
		if (e < 0) {
			e = edges.add(lo, hi);
			edgeOfPair.put(key, e);
		}
		return e;
	}
}
