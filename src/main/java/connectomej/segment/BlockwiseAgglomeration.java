package connectomej.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * {@link Agglomeration} of a volume too large for flat arrays: the region graph is built block by block in parallel
 * ({@link RegionGraph#ofBlock}) and combined, merged once (the graph is small: regions and edges, not voxels), and
 * the segments are written block by block in parallel. Same partition as the whole-volume agglomeration (up to the
 * order of exact ties).
 */
public final class BlockwiseAgglomeration {

	private BlockwiseAgglomeration() {}

	/**
	 * Agglomerates supervoxels into segments, block-wise.
	 *
	 * @param supervoxels labels, 0 = boundary, 3D x, y, z, any min
	 * @param probability membrane probability in [0, 1], same interval
	 * @param segments output, same interval, allocated by the caller
	 * @param blockSize block size per axis (x, y, z) in voxels
	 * @param executor runs the blocks
	 * @return what merging produced: {@code segmentCount()} segments from {@code segmentOfRegion().length} supervoxels
	 */
	public static Agglomeration.Result agglomerate(RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
		RandomAccessibleInterval<? extends RealType<?>> probability, RandomAccessibleInterval<? extends IntegerType<?>> segments,
		AgglomerationSettings settings, long[] blockSize, ExecutorService executor)
	{
		if (!Intervals.equals(supervoxels, probability) || !Intervals.equals(supervoxels, segments))
			throw new IllegalArgumentException("supervoxels, probability and segments must cover the same interval");
		List<Block> grid = Blocks.grid(supervoxels, blockSize, new long[3]);
		List<Callable<RegionGraph>> parts = new ArrayList<>();
		for (Block b : grid)
			parts.add(() -> RegionGraph.ofBlock(supervoxels, probability, b.core()));
		RegionGraph graph = RegionGraph.combine(BlockwiseWatershed.runAll(parts, executor));
		Agglomeration.Result result = Agglomeration.merge(graph, settings);
		List<Callable<Void>> writes = new ArrayList<>();
		for (Block b : grid)
			writes.add(() -> write(Views.interval(supervoxels, b.core()), Views.interval(segments, b.core()), graph, result.segmentOfRegion()));
		BlockwiseWatershed.runAll(writes, executor);
		return result;
	}

	private static Void write(RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
		RandomAccessibleInterval<? extends IntegerType<?>> segments, RegionGraph graph, int[] segmentOfRegion)
	{
		Cursor<? extends IntegerType<?>> in = Views.flatIterable(supervoxels).cursor();
		Cursor<? extends IntegerType<?>> out = Views.flatIterable(segments).cursor();
		while (in.hasNext()) {
			long label = in.next().getIntegerLong();
			out.next().setInteger(label == 0 ? 0 : segmentOfRegion[graph.regionOf(label)]);
		}
		return null;
	}
}
