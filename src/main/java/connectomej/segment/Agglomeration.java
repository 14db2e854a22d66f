package connectomej.segment;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * Hierarchical agglomeration of supervoxels, the object-merging step of the fast pass of Meirovitch et al. 2016
 * (arXiv 1612.02120), in the style of mean-affinity agglomeration (waterz, Funke et al. 2018; gala, Nunez-Iglesias et
 * al. 2013): the edge of the {@link RegionGraph} with the lowest score (mean boundary probability by default) is
 * merged first, the statistics of edges that become parallel are combined and rescored, until the lowest score
 * exceeds the threshold. Ties break by edge index, so results are deterministic. A size filter then merges objects
 * below a minimum size into their lowest-scoring neighbour (or drops them to 0 when isolated).
 */
public final class Agglomeration {

	private Agglomeration() {}

	/**
	 * Agglomerates supervoxels into segments.
	 *
	 * @param supervoxels labels, 0 = boundary, 3D x, y, z, any min
	 * @param probability membrane probability in [0, 1], same dimensions
	 * @param segments output, same dimensions, allocated by the caller: ids 1..n, 0 where supervoxels are 0 or
	 *            objects were dropped
	 * @return the number of segments n
	 */
	public static long agglomerate(RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
		RandomAccessibleInterval<? extends RealType<?>> probability, RandomAccessibleInterval<? extends IntegerType<?>> segments,
		AgglomerationSettings settings)
	{
		long[] labels = FlatArrays.longs(supervoxels);
		RegionGraph graph = RegionGraph.build(labels, FlatArrays.floats(probability), FlatArrays.dimensions(supervoxels));
		Result result = merge(graph, settings);
		FlatArrays.write(relabel(labels, graph, result.segmentOfRegion()), segments);
		return result.segmentCount();
	}

	/**
	 * Merges the regions of a graph. The graph's edge statistics are changed (merged edges are combined).
	 *
	 * @return the segment of each region and the merges made
	 */
	public static Result merge(RegionGraph graph, AgglomerationSettings settings) {
		RegionMerging m = new RegionMerging(graph, settings.score(), settings.neckWeight());
		m.mergeUpTo(settings.threshold());
		m.absorbSmall(settings.minSize());
		return m.result();
	}

	/**
	 * Segment ids of flat supervoxel labels.
	 *
	 * @param segmentOfRegion segment id per region of {@code graph}
	 * @return a new array, 0 where the label is 0
	 */
	public static long[] relabel(long[] supervoxels, RegionGraph graph, int[] segmentOfRegion) {
		long[] out = new long[supervoxels.length];
		long lastLabel = 0, lastSegment = 0;
		for (int i = 0; i < out.length; i++) {
			long l = supervoxels[i];
			if (l != lastLabel) {
				lastLabel = l;
				lastSegment = l == 0 ? 0 : segmentOfRegion[graph.regionOf(l)];
			}
			out[i] = l == 0 ? 0 : lastSegment;
		}
		return out;
	}

	/**
	 * What an agglomeration produced.
	 *
	 * @param segmentOfRegion segment id 1..segmentCount per region (0 = dropped by the size filter), numbered in
	 *            order of each segment's first region
	 * @param segmentCount number of segments
	 * @param history merges by threshold, in order (not those of the size filter)
	 */
	public record Result(int[] segmentOfRegion, int segmentCount, MergeHistory history) {}
}
