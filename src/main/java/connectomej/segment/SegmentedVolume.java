package connectomej.segment;

import java.util.concurrent.ExecutorService;

import connectomej.progress.ProgressListener;
import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * The segments of a probability map by the fast pass ({@link FastPass}: seeded watershed, then agglomeration), as
 * {@code connectomej segment} and the "Segment (Fast Pass)" command make them.
 *
 * @param segments segment ids, 0 = boundary, axes x, y, z, min 0, the map's voxel size
 * @param outcome counts and times
 */
public record SegmentedVolume(Volume<UnsignedLongType> segments, FastPass.Outcome outcome) {

	/**
	 * Segments a probability map.
	 *
	 * @param probability membrane probability in [0, 1], axes x, y, z
	 * @param supervoxels given supervoxels of the same dimensions, or null to compute them by watershed
	 * @param progress stage "segmenting", one unit; checked for cancellation before and after
	 */
	public static SegmentedVolume of(Volume<? extends RealType<?>> probability,
		RandomAccessibleInterval<? extends IntegerType<?>> supervoxels, FastPass.Settings settings, ExecutorService executor,
		ProgressListener progress)
	{
		progress.progress("segmenting", 0, 1);
		progress.checkCanceled();
		RandomAccessibleInterval<UnsignedLongType> segments = ArrayImgs.unsignedLongs(probability.dimensions());
		FastPass.Outcome o = FastPass.run(probability.data(), supervoxels, segments, probability.voxelSize(), settings, executor);
		progress.progress("segmenting", 1, 1);
		progress.checkCanceled();
		return new SegmentedVolume(probability.with(segments), o);
	}
}
