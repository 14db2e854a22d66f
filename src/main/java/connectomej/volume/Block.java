package connectomej.volume;

import net.imglib2.FinalInterval;
import net.imglib2.Interval;

/**
 * One block of a block-wise computation.
 *
 * @param gridPosition position of the block in the block grid, axes x, y, z
 * @param core the voxels this block is responsible for writing; blocks' cores tile the whole interval
 * @param withHalo the core grown by the halo and clipped to the whole interval: the voxels a block reads
 */
public record Block(long[] gridPosition, FinalInterval core, FinalInterval withHalo) {

	/** Offset of the core inside {@link #withHalo()}, per axis, in voxels. */
	public long[] coreOffsetInHalo() {
		long[] o = new long[core.numDimensions()];
		for (int d = 0; d < o.length; d++)
			o[d] = core.min(d) - withHalo.min(d);
		return o;
	}

	/** A name for files of this block, like {@code "3/0/1"} for grid position (3, 0, 1). */
	public String gridPath() {
		StringBuilder s = new StringBuilder();
		for (int d = 0; d < gridPosition.length; d++)
			s.append(d == 0 ? "" : "/").append(gridPosition[d]);
		return s.toString();
	}

	/** True if the core of this block contains the given interval's min corner. */
	public boolean coreContains(Interval i) {
		for (int d = 0; d < core.numDimensions(); d++)
			if (i.min(d) < core.min(d) || i.min(d) > core.max(d))
				return false;
		return true;
	}
}
