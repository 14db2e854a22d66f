package connectomej.segment;

import java.util.concurrent.ExecutorService;

import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

/**
 * The segmentation part of the fast pass of Meirovitch et al. 2016 (arXiv 1612.02120): block-wise seeded watershed
 * of a membrane probability map into supervoxels ({@link BlockwiseWatershed}), then agglomeration of the
 * supervoxels ({@link BlockwiseAgglomeration}, same blocks). Either step can be skipped by passing supervoxels.
 */
public final class FastPass {

	/**
	 * All settings of one run.
	 *
	 * @param watershed supervoxel settings
	 * @param agglomeration merging settings
	 * @param blockSize watershed block core size per axis (x, y, z), voxels
	 * @param halo watershed halo per axis, voxels (>= 1 where blocks are stitched)
	 */
	public record Settings(WatershedSettings watershed, AgglomerationSettings agglomeration, long[] blockSize, long[] halo) {

		/** Watershed seeded below 0.5 in blocks of 128^3 with a halo of 16, mean-probability merging up to 0.5. */
		public static Settings defaults() {
			return new Settings(WatershedSettings.threshold(0.5), AgglomerationSettings.threshold(0.5), new long[] { 128, 128, 128 },
				new long[] { 16, 16, 16 });
		}
	}

	/**
	 * What a run did.
	 *
	 * @param supervoxels number of supervoxels (from the watershed or in the given volume)
	 * @param segments number of segments
	 * @param watershedSeconds wall time of the watershed, 0 when skipped
	 * @param agglomerationSeconds wall time of graph building and merging
	 */
	public record Outcome(long supervoxels, long segments, double watershedSeconds, double agglomerationSeconds) {}

	private FastPass() {}

	/**
	 * Segments a probability map.
	 *
	 * @param probability membrane probability in [0, 1], axes x, y, z, any min
	 * @param supervoxels given supervoxels (same dimensions, any min), or null to compute them by watershed
	 * @param segments output, same dimensions (any min), allocated by the caller
	 * @param executor runs the watershed blocks
	 */
	public static Outcome run(RandomAccessibleInterval<? extends RealType<?>> probability,
		RandomAccessibleInterval<? extends IntegerType<?>> supervoxels, RandomAccessibleInterval<? extends IntegerType<?>> segments,
		VoxelSize voxelSize, Settings settings, ExecutorService executor)
	{
		long start = System.nanoTime();
		RandomAccessibleInterval<? extends IntegerType<?>> sv = supervoxels;
		long svCount = -1;
		if (sv == null) {
			RandomAccessibleInterval<UnsignedLongType> computed = ArrayImgs.unsignedLongs(probability.dimensionsAsLongArray());
			svCount = BlockwiseWatershed.watershed(Views.zeroMin(probability), computed, voxelSize,
				settings.watershed(), settings.blockSize(), settings.halo(), executor);
			sv = computed;
		}
		long mid = System.nanoTime();
		Agglomeration.Result result = BlockwiseAgglomeration.agglomerate(Views.zeroMin(sv), Views.zeroMin(probability),
			Views.zeroMin(segments), settings.agglomeration(), settings.blockSize(), executor);
		long end = System.nanoTime();
		return new Outcome(svCount >= 0 ? svCount : result.segmentOfRegion().length, result.segmentCount(),
			supervoxels == null ? (mid - start) / 1e9 : 0, (end - mid) / 1e9);
	}
}
