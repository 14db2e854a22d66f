package connectomej.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * Chooses the watershed settings, the edge score and the agglomeration threshold jointly on a validation volume
 * with ground truth: a grid over watershed settings, scores and weights of the {@link NeckPenalty}, each cell a
 * {@link ThresholdSelection} sweep. The lowest criterion wins; among equal values the first cell in grid order
 * (watershed settings outermost, then scores, neck weights innermost).
 */
public final class SettingsSearch {

	/**
	 * One cell of the grid.
	 *
	 * @param watershed the supervoxel settings (null when the supervoxels were given)
	 * @param score the edge score
	 * @param neckWeight the weight of the neck penalty (0: none)
	 * @param sweep its threshold sweep
	 */
	public record Cell(WatershedSettings watershed, EdgeScore score, double neckWeight, ThresholdSelection.Sweep sweep) {}

	/**
	 * The grid and its best cell.
	 *
	 * @param best the cell whose best threshold has the lowest criterion
	 * @param cells all cells in grid order
	 */
	public record Result(Cell best, List<Cell> cells) {}

	private SettingsSearch() {}

	/**
	 * Searches the grid.
	 *
	 * @param probability membrane probability in [0, 1], axes x, y, z, any min
	 * @param groundTruth labels (0 = unlabelled, ignored), same dimensions
	 * @param supervoxels given supervoxels (same dimensions), or null to compute them for each watershed setting
	 * @param watersheds candidate watershed settings (ignored, may be empty, when supervoxels are given)
	 * @param scores candidate edge scores, not empty
	 * @param blockSize watershed block core size per axis (x, y, z), voxels
	 * @param halo watershed halo per axis, voxels
	 */
	public static Result search(RandomAccessibleInterval<? extends RealType<?>> probability, VoxelSize voxelSize,
		RandomAccessibleInterval<? extends IntegerType<?>> groundTruth, RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
		List<WatershedSettings> watersheds, List<EdgeScore> scores, ThresholdSelection.Criterion criterion, long[] blockSize,
		long[] halo, ExecutorService executor)
	{
		return search(probability, voxelSize, groundTruth, supervoxels, watersheds, scores, List.of(0.0), criterion, blockSize, halo,
			executor);
	}

	/**
	 * Searches the grid, with weights of the {@link NeckPenalty} as a third dimension (not empty; 0 = no penalty);
	 * otherwise as {@link #search(RandomAccessibleInterval, VoxelSize, RandomAccessibleInterval,
	 * RandomAccessibleInterval, List, List, ThresholdSelection.Criterion, long[], long[], ExecutorService)}.
	 */
	public static Result search(RandomAccessibleInterval<? extends RealType<?>> probability, VoxelSize voxelSize,
			RandomAccessibleInterval<? extends IntegerType<?>> groundTruth, RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
			List<WatershedSettings> watersheds, List<EdgeScore> scores, List<Double> neckWeights, ThresholdSelection.Criterion criterion,
			long[] blockSize, long[] halo, ExecutorService executor) {
		if (scores.isEmpty() || neckWeights.isEmpty() || supervoxels == null && watersheds.isEmpty())
			throw new IllegalArgumentException("the grid is empty");
		List<WatershedSettings> rows = supervoxels != null ? java.util.Collections.singletonList(null) : watersheds;
		List<Cell> cells = new ArrayList<>();
		Cell best = null;
		for (WatershedSettings w : rows) {
			RandomAccessibleInterval<? extends IntegerType<?>> sv = w == null ? supervoxels
				: watershed(probability, voxelSize, w, blockSize, halo, executor);
			for (EdgeScore s : scores)
				for (double neck : neckWeights) {
					Cell c = new Cell(w, s, neck, ThresholdSelection.sweep(sv, probability, groundTruth, s, neck, null, criterion));
					cells.add(c);
					if (best == null || value(c, criterion) < value(best, criterion))
						best = c;
				}
		}
		return new Result(best, List.copyOf(cells));
	}

	private static double value(Cell c, ThresholdSelection.Criterion criterion) {
		return ThresholdSelection.value(c.sweep().best(), criterion);
	}

	private static RandomAccessibleInterval<UnsignedLongType> watershed(RandomAccessibleInterval<? extends RealType<?>> probability,
		VoxelSize voxelSize, WatershedSettings settings, long[] blockSize, long[] halo, ExecutorService executor)
	{
		RandomAccessibleInterval<UnsignedLongType> out = ArrayImgs.unsignedLongs(probability.dimensionsAsLongArray());
		BlockwiseWatershed.watershed(net.imglib2.view.Views.zeroMin(probability), out, voxelSize, settings, blockSize, halo, executor);
		return out;
	}
}
