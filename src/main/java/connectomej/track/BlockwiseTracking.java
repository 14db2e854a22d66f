package connectomej.track;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import connectomej.progress.ProgressListener;
import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

/**
 * 3C tracking of a volume in x, y tiles (each through all z, with an overlapping halo), stitched by overlap, as the
 * paper runs it on volumes larger than one network input (Meirovitch, Mi et al. 2018, arXiv 1812.01157). Every tile is
 * swept on its own ({@link SectionSweep}); the tiles' objects are then joined by {@link BlockStitching}: objects that
 * continue the same seed object, and objects that are each other's best overlap in the shared halo.
 */
public final class BlockwiseTracking {

	private BlockwiseTracking() {}

	/**
	 * @param trackers a fresh tracker per tile
	 * @param regions regions to decode by (null = per voxel); cropped to each tile by {@link SectionRegions#crop}
	 * @param raw EM, x, y, z, any min
	 * @param seeds labels of the first section, same x, y interval as {@code raw} (a 2D image or a volume)
	 * @param out labels, same interval as {@code raw}, caller-allocated; seed objects keep their ids, new objects get
	 *            ids above the largest seed id
	 * @param tileSize core tile size in x and y, voxels
	 * @param halo overlap added on each side of a tile in x and y, voxels (>= 1 for stitching)
	 * @param minObjectSize see {@link SectionSweep}; also the fewest shared voxels for stitching two objects
	 * @return the number of objects in {@code out}
	 */
	public static <T extends IntegerType<T>> long track(Supplier<SectionTracker> trackers, SectionRegions regions,
			RandomAccessibleInterval<? extends RealType<?>> raw, RandomAccessibleInterval<? extends IntegerType<?>> seeds,
			RandomAccessibleInterval<T> out, int tileSize, int halo, int minObjectSize, ProgressListener progress) {
		return track(trackers, regions, null, raw, seeds, out, tileSize, halo, minObjectSize, progress);
	}

	/**
	 * As {@link #track(Supplier, SectionRegions, RandomAccessibleInterval, RandomAccessibleInterval,
	 * RandomAccessibleInterval, int, int, int, ProgressListener)}, with the sweep's seeds losing their boundary voxels
	 * by {@code boundaries} (null = kept; cropped to each tile), see {@link SectionSweep}.
	 */
	public static <T extends IntegerType<T>> long track(Supplier<SectionTracker> trackers, SectionRegions regions,
			BoundarySeeds boundaries, RandomAccessibleInterval<? extends RealType<?>> raw,
			RandomAccessibleInterval<? extends IntegerType<?>> seeds, RandomAccessibleInterval<T> out, int tileSize, int halo,
			int minObjectSize, ProgressListener progress) {
		return trackTiles(area -> trackers.get(), regions, boundaries, raw, seeds, out, tileSize, halo, minObjectSize, progress);
	}

	/**
	 * As {@link #track(Supplier, SectionRegions, BoundarySeeds, RandomAccessibleInterval, RandomAccessibleInterval,
	 * RandomAccessibleInterval, int, int, int, ProgressListener)}, with a tracker made for each tile's area (x, y, z,
	 * halo included), for trackers that read a map of the tile, such as a 3C model with a boundary-map input.
	 */
	public static <T extends IntegerType<T>> long trackTiles(Function<Interval, SectionTracker> trackers, SectionRegions regions,
			BoundarySeeds boundaries, RandomAccessibleInterval<? extends RealType<?>> raw,
			RandomAccessibleInterval<? extends IntegerType<?>> seeds, RandomAccessibleInterval<T> out, int tileSize, int halo,
			int minObjectSize, ProgressListener progress) {
		List<Block> tiles = Blocks.grid(raw, new long[] { tileSize, tileSize, raw.dimension(2) }, new long[] { halo, halo, 0 });
		List<RandomAccessibleInterval<UnsignedLongType>> labels = new ArrayList<>();
		for (int t = 0; t < tiles.size(); t++) {
			Interval area = tiles.get(t).withHalo();
			RandomAccessibleInterval<UnsignedLongType> tile = Views.translate(ArrayImgs.unsignedLongs(area.dimensionsAsLongArray()), area.minAsLongArray());
			SectionSweep.track(trackers.apply(area), regions == null ? null : regions.crop(area),
					boundaries == null ? null : boundaries.crop(area), Views.interval(raw, area),
					Views.interval(seeds, seedArea(seeds, area)), tile, minObjectSize, ProgressListener.NONE);
			labels.add(tile);
			progress.progress("tracking tiles", t + 1, tiles.size());
		}
		return BlockStitching.stitch(tiles, labels, out, minObjectSize);
	}

	private static Interval seedArea(RandomAccessibleInterval<?> seeds, Interval area) {
		if (seeds.numDimensions() == 2)
			return new FinalInterval(new long[] { area.min(0), area.min(1) }, new long[] { area.max(0), area.max(1) });
		return new FinalInterval(new long[] { area.min(0), area.min(1), seeds.min(2) }, new long[] { area.max(0), area.max(1), seeds.min(2) });
	}
}
