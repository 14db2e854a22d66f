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
 */
final class PatchSampler {

	private static final int TRIES = 1000;

	private final RandomAccessible<UnsignedByteType> raw;
	private final RandomAccessible<? extends IntegerType<?>> labels;
	private final RandomAccessibleInterval<UnsignedByteType> bounds;
	private final long firstSection, lastSection;
	private final ModelInfo.Normalization normalization;

	PatchSampler(RandomAccessibleInterval<UnsignedByteType> raw, RandomAccessibleInterval<? extends IntegerType<?>> labels,
			long firstSection, long lastSection, ModelInfo.Normalization normalization) {
		this.raw = Views.extendMirrorSingle(raw);
		this.labels = Views.extendMirrorSingle(labels);
		this.bounds = raw;
		this.firstSection = firstSection;
		this.lastSection = lastSection;
		this.normalization = normalization;
	}

	/** One patch pair {raw, label}, n x n each, x fastest; label 1 = positive. */
	float[][] sample(int n, boolean positiveCentre, double intensity, Random random) {
		long[] centre = centre(positiveCentre, random);
		float[] r = new float[n * n], l = new float[n * n];
		RandomAccess<UnsignedByteType> ra = raw.randomAccess();
		RandomAccess<? extends IntegerType<?>> la = labels.randomAccess();
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++) {
				long[] p = { centre[0] - n / 2 + x, centre[1] - n / 2 + y, centre[2] };
				r[y * n + x] = normalization.apply(ra.setPositionAndGet(p).getRealDouble());
				l[y * n + x] = la.setPositionAndGet(p).getIntegerLong() != 0 ? 1 : 0;
			}
		int k = random.nextInt(8);
		r = Augmentation.dihedral(r, n, k);
		l = Augmentation.dihedral(l, n, k);
		Augmentation.intensity(r, intensity, random);
		return new float[][] { r, l };
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
