package connectomej.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.Cursor;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;

/**
 * Builds {@link ContingencyTable}s from a segmentation and a ground-truth label volume in one streaming pass.
 * <p>
 * Voxels are paired by their offset from each interval's min, so the two volumes may have different mins but must
 * have the same dimensions (any number of axes; for volumes x, y, z with x fastest). Iteration is flat (x fastest)
 * with cursors; runs of equal label pairs are counted once, which keeps the hash-map traffic low on label volumes.
 */
public final class ContingencyTables {

	private ContingencyTables() {}

	/**
	 * The contingency table of {@code seg} against {@code gt}, single-threaded.
	 *
	 * @throws IllegalArgumentException if the dimensions differ (the message names both shapes)
	 */
	public static ContingencyTable of(RandomAccessibleInterval<? extends IntegerType<?>> seg,
			RandomAccessibleInterval<? extends IntegerType<?>> gt) {
		requireSameShape(seg, gt);
		ContingencyTable table = new ContingencyTable();
		accumulate(Views.flatIterable(seg).cursor(), Views.flatIterable(gt).cursor(), table);
		return table;
	}

	/**
	 * The contingency table of {@code seg} against {@code gt}, computed block by block on {@code executor} and merged.
	 * The result equals {@link #of(RandomAccessibleInterval, RandomAccessibleInterval)}.
	 *
	 * @param blockSize block size per axis in voxels (x, y, z for volumes), each > 0
	 * @param executor runs one task per block; the caller owns it and shuts it down
	 */
	public static ContingencyTable of(RandomAccessibleInterval<? extends IntegerType<?>> seg,
			RandomAccessibleInterval<? extends IntegerType<?>> gt, long[] blockSize, ExecutorService executor) {
		requireSameShape(seg, gt);
		RandomAccessibleInterval<? extends IntegerType<?>> seg0 = Views.zeroMin(seg), gt0 = Views.zeroMin(gt);
		List<Future<ContingencyTable>> parts = new ArrayList<>();
		for (Block block : Blocks.grid(seg0, blockSize, new long[seg.numDimensions()]))
			parts.add(executor.submit(() -> ofBlock(seg0, gt0, block.core())));
		ContingencyTable table = new ContingencyTable();
		for (Future<ContingencyTable> part : parts)
			table.addAll(await(part));
		return table;
	}

	/** Throws an {@link IllegalArgumentException} naming both shapes unless the dimensions are equal. */
	public static void requireSameShape(Interval seg, Interval gt) {
		if (seg.numDimensions() != gt.numDimensions() || !Arrays.equals(seg.dimensionsAsLongArray(), gt.dimensionsAsLongArray()))
			throw new IllegalArgumentException("segmentation is " + shape(seg) + " voxels but ground truth is " + shape(gt)
					+ " voxels; they must have the same dimensions");
	}

	private static ContingencyTable ofBlock(RandomAccessibleInterval<? extends IntegerType<?>> seg,
			RandomAccessibleInterval<? extends IntegerType<?>> gt, Interval core) {
		ContingencyTable table = new ContingencyTable();
		accumulate(Views.flatIterable(Views.interval(seg, core)).cursor(), Views.flatIterable(Views.interval(gt, core)).cursor(), table);
		return table;
	}

	private static void accumulate(Cursor<? extends IntegerType<?>> seg, Cursor<? extends IntegerType<?>> gt, ContingencyTable table) {
		long runSeg = 0, runGt = 0, run = 0;
		while (seg.hasNext()) {
			long s = seg.next().getIntegerLong();
			long g = gt.next().getIntegerLong();
			if (run > 0 && s == runSeg && g == runGt) {
				run++;
				continue;
			}
			table.add(runGt, runSeg, run);
			runSeg = s;
			runGt = g;
			run = 1;
		}
		table.add(runGt, runSeg, run);
	}

	private static <T> T await(Future<T> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while counting label pairs", e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
	}

	private static String shape(Interval i) {
		StringBuilder s = new StringBuilder();
		for (int d = 0; d < i.numDimensions(); d++)
			s.append(d == 0 ? "" : " x ").append(i.dimension(d));
		return s.append(i.numDimensions() == 3 ? " (x, y, z)" : "").toString();
	}
}
