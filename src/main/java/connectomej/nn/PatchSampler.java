package connectomej.nn;

import java.util.Random;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessible;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

/**
 * Class-balanced square patches from a range of sections: half the patches are centred on a positive (membrane)
 * pixel, half on a negative one (found by rejection sampling), then augmented (dihedral, intensity, noise).
 * <p>
 * With c > 1 context sections a patch holds the c sections centred on the labelled one (2.5D, the layout
 * {@link TiledInference} feeds such a network); the range is mirrored at its ends, so no section outside it is
 * read, and the order of the sections is reversed for half the patches (z is as good a direction as -z).
 */
final class PatchSampler {

	private static final int TRIES = 1000;

	private final RandomAccessible<UnsignedByteType> raw;
	private final RandomAccessible<? extends IntegerType<?>> labels;
	private final RandomAccessibleInterval<UnsignedByteType> bounds;
	private final long firstSection, lastSection;
	private final ModelInfo.Normalization normalization;
	private final int contextSections;

	/**
	 * @param raw EM, axes x, y, z
	 * @param labels same dimensions, non-zero = positive
	 * @param firstSection first section to sample from
	 * @param lastSection last section to sample from
	 * @param contextSections input sections per patch, odd, >= 1
	 */
	PatchSampler(RandomAccessibleInterval<UnsignedByteType> raw, RandomAccessibleInterval<? extends IntegerType<?>> labels,
			long firstSection, long lastSection, ModelInfo.Normalization normalization, int contextSections) {
		long[] min = raw.minAsLongArray(), max = raw.maxAsLongArray();
		min[2] = firstSection;
		max[2] = lastSection;
		this.raw = Views.extendMirrorSingle(Views.interval(raw, min, max));
		this.labels = Views.extendMirrorSingle(labels);
		this.bounds = raw;
		this.firstSection = firstSection;
		this.lastSection = lastSection;
		this.normalization = normalization;
		this.contextSections = contextSections;
	}

	/**
	 * One patch pair {raw, label}: raw c x n x n (the c sections from -z to +z, or reversed), label n x n, x fastest;
	 * label 1 = positive.
	 */
	float[][] sample(int n, boolean positiveCentre, double intensity, Random random) {
		long[] centre = centre(positiveCentre, random);
		int c = contextSections, k = random.nextInt(8);
		boolean reversed = c > 1 && random.nextBoolean();
		float[] r = new float[c * n * n];
		for (int s = 0; s < c; s++) {
			long section = centre[2] + (reversed ? c / 2 - s : s - c / 2);
			float[] one = Augmentation.dihedral(read(centre, section, n), n, k);
			System.arraycopy(one, 0, r, s * n * n, n * n);
		}
		Augmentation.intensity(r, intensity, random);
		return new float[][] { r, Augmentation.dihedral(label(centre, n), n, k) };
	}

	private float[] read(long[] centre, long section, int n) {
		float[] r = new float[n * n];
		RandomAccess<UnsignedByteType> ra = raw.randomAccess();
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++)
				r[y * n + x] = normalization.apply(ra.setPositionAndGet(centre[0] - n / 2 + x, centre[1] - n / 2 + y, section).getRealDouble());
		return r;
	}

	private float[] label(long[] centre, int n) {
		float[] l = new float[n * n];
		RandomAccess<? extends IntegerType<?>> la = labels.randomAccess();
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++)
				l[y * n + x] = la.setPositionAndGet(centre[0] - n / 2 + x, centre[1] - n / 2 + y, centre[2]).getIntegerLong() != 0 ? 1 : 0;
		return l;
	}

	private long[] centre(boolean positive, Random random) {
		RandomAccess<? extends IntegerType<?>> la = labels.randomAccess();
		long[] p = new long[3];
		for (int t = 0; t < TRIES; t++) {
			p[0] = bounds.min(0) + (long) (random.nextDouble() * bounds.dimension(0));
			p[1] = bounds.min(1) + (long) (random.nextDouble() * bounds.dimension(1));
			p[2] = firstSection + (long) (random.nextDouble() * (lastSection - firstSection + 1));
			if ((la.setPositionAndGet(p).getIntegerLong() != 0) == positive)
				return p;
		}
		return p;
	}
}
