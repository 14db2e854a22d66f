package connectomej.track;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

import connectomej.progress.ProgressListener;

/**
 * Tracks objects through a stack section by section along z: the first section's labels are the seeds, each next
 * section is labelled by a {@link SectionTracker} from the one before and cleaned by {@link SectionCleanup} (stray
 * bits dropped, unclaimed regions become new objects, the rest filled).
 */
public final class SectionSweep {

	private SectionSweep() {}

	/**
	 * @param tracker 3C or the one-object-at-a-time baseline
	 * @param raw EM, x, y, z
	 * @param seeds labels of the first section (a 2D image, or a volume whose first section is read), same x, y size
	 * @param out labels, same interval as {@code raw}, caller-allocated; its first section receives the seeds
	 * @param minObjectSize voxels below which an unclaimed region or a stray piece of an object is not kept
	 * @return the number of sections labelled by the tracker
	 * @throws IllegalArgumentException when sizes differ or the seeds hold no object
	 */
	public static <T extends IntegerType<T>> int track(SectionTracker tracker, RandomAccessibleInterval<? extends RealType<?>> raw,
			RandomAccessibleInterval<? extends IntegerType<?>> seeds, RandomAccessibleInterval<T> out, int minObjectSize,
			ProgressListener progress) {
		return track(tracker, null, raw, seeds, out, minObjectSize, progress);
	}

	/**
	 * As {@link #track(SectionTracker, RandomAccessibleInterval, RandomAccessibleInterval, RandomAccessibleInterval,
	 * int, ProgressListener)}, decoding each next section by the regions of {@code regions} (null = per voxel).
	 */
	public static <T extends IntegerType<T>> int track(SectionTracker tracker, SectionRegions regions,
			RandomAccessibleInterval<? extends RealType<?>> raw, RandomAccessibleInterval<? extends IntegerType<?>> seeds,
			RandomAccessibleInterval<T> out, int minObjectSize, ProgressListener progress) {
		return track(tracker, regions, null, raw, seeds, out, minObjectSize, progress);
	}

	/**
	 * As {@link #track(SectionTracker, SectionRegions, RandomAccessibleInterval, RandomAccessibleInterval,
	 * RandomAccessibleInterval, int, ProgressListener)}; each section's labels, before they seed the next step, lose
	 * their boundary voxels by {@code boundaries} (null = kept), as in the ground truth the colour network learned from.
	 * The labels written to {@code out} keep every voxel.
	 */
	public static <T extends IntegerType<T>> int track(SectionTracker tracker, SectionRegions regions, BoundarySeeds boundaries,
			RandomAccessibleInterval<? extends RealType<?>> raw, RandomAccessibleInterval<? extends IntegerType<?>> seeds,
			RandomAccessibleInterval<T> out, int minObjectSize, ProgressListener progress) {
		check(raw, seeds, out);
		int w = Sections.width(raw), h = Sections.height(raw), depth = Math.toIntExact(raw.dimension(2));
		long z0 = raw.min(2);
		long[] labels = Sections.labels(seeds, seeds.numDimensions() > 2 ? seeds.min(2) : 0);
		long nextId = java.util.Arrays.stream(labels).max().orElse(0) + 1;
		Sections.write(labels, out, out.min(2));
		if (boundaries != null)
			labels = boundaries.erase(labels, z0);
		float[] em = Sections.em(raw, z0);
		for (int z = 1; z < depth; z++) {
			float[] nextEm = Sections.em(raw, z0 + z);
			long[] next = regions == null ? tracker.propagate(labels, em, nextEm, w, h)
					: tracker.propagate(labels, em, nextEm, regions.regions(z0 + z, nextEm, w, h), w, h);
			nextId = SectionCleanup.resolve(next, w, h, minObjectSize, nextId);
			Sections.write(next, out, out.min(2) + z);
			labels = boundaries == null ? next : boundaries.erase(next, z0 + z);
			em = nextEm;
			progress.progress("tracking sections", z, depth - 1);
		}
		return depth - 1;
	}

	private static void check(RandomAccessibleInterval<?> raw, RandomAccessibleInterval<? extends IntegerType<?>> seeds,
			RandomAccessibleInterval<?> out) {
		if (raw.numDimensions() != 3 || !net.imglib2.util.Intervals.equalDimensions(raw, out))
			throw new IllegalArgumentException("EM and output must be volumes of the same size");
		if (seeds.dimension(0) != raw.dimension(0) || seeds.dimension(1) != raw.dimension(1))
			throw new IllegalArgumentException("seed section is " + seeds.dimension(0) + " x " + seeds.dimension(1)
					+ ", EM sections are " + raw.dimension(0) + " x " + raw.dimension(1));
		if (Sections.objects(Sections.labels(seeds, seeds.numDimensions() > 2 ? seeds.min(2) : 0)).length == 0)
			throw new IllegalArgumentException("the seed section holds no object (all labels 0)");
	}
}
