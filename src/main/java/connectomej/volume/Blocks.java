package connectomej.volume;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.FinalInterval;
import net.imglib2.Interval;

/**
 * Block grids with halos over large intervals, for block-wise processing.
 * <p>
 * The grid starts at the interval's min corner (offset intervals are fine); the last block along an axis may be
 * smaller. Blocks are listed x fastest, then y, then z.
 */
public final class Blocks {

	private Blocks() {}

	/**
	 * The blocks covering {@code whole}.
	 *
	 * @param whole the interval to cover, any min
	 * @param blockSize core size per axis, in voxels, each > 0
	 * @param halo extra voxels read on each side per axis, each >= 0; clipped at the borders of {@code whole}
	 * @return blocks whose cores tile {@code whole} exactly once
	 */
	public static List<Block> grid(Interval whole, long[] blockSize, long[] halo) {
		int n = whole.numDimensions();
		check(n, blockSize, halo);
		long[] gridDims = gridDimensions(whole, blockSize);
		long count = 1;
		for (long g : gridDims)
			count *= g;
		List<Block> blocks = new ArrayList<>((int) Math.min(count, Integer.MAX_VALUE));
		long[] pos = new long[n];
		for (long i = 0; i < count; i++) {
			blocks.add(block(whole, blockSize, halo, pos.clone()));
			advance(pos, gridDims);
		}
		return blocks;
	}

	/** Number of blocks per axis: ceil(dimension / blockSize). */
	public static long[] gridDimensions(Interval whole, long[] blockSize) {
		long[] g = new long[whole.numDimensions()];
		for (int d = 0; d < g.length; d++)
			g[d] = (whole.dimension(d) + blockSize[d] - 1) / blockSize[d];
		return g;
	}

	/** The block at one grid position. */
	public static Block block(Interval whole, long[] blockSize, long[] halo, long[] gridPosition) {
		int n = whole.numDimensions();
		long[] min = new long[n], max = new long[n], hmin = new long[n], hmax = new long[n];
		for (int d = 0; d < n; d++) {
			min[d] = whole.min(d) + gridPosition[d] * blockSize[d];
			max[d] = Math.min(min[d] + blockSize[d] - 1, whole.max(d));
			hmin[d] = Math.max(min[d] - halo[d], whole.min(d));
			hmax[d] = Math.min(max[d] + halo[d], whole.max(d));
		}
		return new Block(gridPosition, new FinalInterval(min, max), new FinalInterval(hmin, hmax));
	}

	private static void advance(long[] pos, long[] dims) {
		for (int d = 0; d < pos.length; d++) {
			if (++pos[d] < dims[d])
				return;
			pos[d] = 0;
		}
	}

	private static void check(int n, long[] blockSize, long[] halo) {
		if (blockSize.length != n || halo.length != n)
			throw new IllegalArgumentException("block size and halo need " + n + " values");
		for (int d = 0; d < n; d++)
			if (blockSize[d] <= 0 || halo[d] < 0)
				throw new IllegalArgumentException("block size must be > 0 and halo >= 0 on axis " + d);
	}
}
