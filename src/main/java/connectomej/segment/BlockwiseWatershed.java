package connectomej.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import connectomej.volume.Block;
import connectomej.volume.Blocks;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * {@link SeededWatershed} block by block, in parallel: each block is flooded with its halo and cropped to its core
 * ({@link BlockSupervoxels}), then {@link BlockStitching} makes ids globally unique and merges supervoxels across
 * block faces, and a second parallel pass writes the final ids. With a halo wider than the seed and basin structures
 * near the faces the result is the whole-volume watershed up to relabelling.
 */
public final class BlockwiseWatershed {

	private BlockwiseWatershed() {}

	/**
	 * Supervoxels of a probability map, block-wise.
	 *
	 * @param probability membrane probability in [0, 1], 3D x, y, z, any min
	 * @param labels output over the same interval, allocated by the caller (e.g. {@code UnsignedLongType})
	 * @param blockSize core size per axis (x, y, z) in voxels
	 * @param halo voxels added on each side per axis, >= 1 on stitched axes
	 * @param executor runs the blocks
	 * @return the number of supervoxels; ids are 1..n
	 */
	public static long watershed(RandomAccessibleInterval<? extends RealType<?>> probability,
		RandomAccessibleInterval<? extends IntegerType<?>> labels, VoxelSize voxelSize, WatershedSettings settings,
		long[] blockSize, long[] halo, ExecutorService executor)
	{
		List<Block> grid = Blocks.grid(probability, blockSize, halo);
		List<Callable<BlockSupervoxels>> tasks = new ArrayList<>();
		for (Block b : grid)
			tasks.add(() -> BlockSupervoxels.compute(probability, labels, b, voxelSize, settings));
		List<BlockSupervoxels> results = runAll(tasks, executor);
		boolean[] stitch = { true, true, !settings.perSection() };
		long[][] ids = BlockStitching.finalIds(results, Blocks.gridDimensions(probability, blockSize), stitch);
		List<Callable<Long>> relabel = new ArrayList<>();
		for (int b = 0; b < grid.size(); b++) {
			long[] map = ids[b];
			Block block = grid.get(b);
			relabel.add(() -> relabel(Views.interval(labels, block.core()), map));
		}
		return runAll(relabel, executor).stream().mapToLong(Long::longValue).max().orElse(0);
	}

	private static long relabel(RandomAccessibleInterval<? extends IntegerType<?>> core, long[] map) {
		long max = 0;
		Cursor<? extends IntegerType<?>> c = Views.flatIterable(core).cursor();
		while (c.hasNext()) {
			IntegerType<?> t = c.next();
			long id = map[(int) t.getIntegerLong()];
			t.setInteger(id);
			max = Math.max(max, id);
		}
		return max;
	}

	static <T> List<T> runAll(List<Callable<T>> tasks, ExecutorService executor) {
		try {
			List<T> out = new ArrayList<>();
			for (Future<T> f : executor.invokeAll(tasks))
				out.add(f.get());
			return out;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r)
				throw r;
			throw new IllegalStateException(e.getCause());
		}
	}
}
