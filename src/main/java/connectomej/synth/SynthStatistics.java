package connectomej.synth;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;

/**
 * Summary numbers of a synthetic volume, to check that it looks like neuropil (real cortex: ~10-20 % boundary at
 * 4 nm, a few % mitochondria) and to report what a training set holds.
 *
 * @param voxels number of voxels
 * @param objects distinct neuron ids present
 * @param synapses rows of the synapse table
 * @param membraneFraction fraction of voxels on the boundary (label 0)
 * @param mitoFraction fraction of voxels in mitochondria
 * @param vesicleFraction fraction of voxels in vesicles
 * @param cleftFraction fraction of voxels in clefts
 * @param meanObjectVoxels mean voxels per neuron id present
 * @param meanObjectCubicMicrons the same as a volume, um^3
 * @param meanCleftVoxels mean cleft size over the synapse table, voxels
 * @param rawMean mean raw grey value
 * @param rawStd standard deviation of raw grey values
 */
public record SynthStatistics(long voxels, int objects, int synapses, double membraneFraction, double mitoFraction,
	double vesicleFraction, double cleftFraction, double meanObjectVoxels, double meanObjectCubicMicrons,
	double meanCleftVoxels, double rawMean, double rawStd) {

	/** Measures a generated volume. */
	public static SynthStatistics of(SyntheticVolume volume) {
		SyntheticBlock b = volume.images();
		long n = Views.iterable(b.raw()).size();
		Set<Long> ids = new HashSet<>();
		long labelled = 0;
		for (var t : Views.iterable(b.neurons()))
			if (t.get() != 0) {
				ids.add(t.get());
				labelled++;
			}
		double[] raw = moments(b.raw());
		double meanObject = ids.isEmpty() ? 0 : (double) labelled / ids.size();
		double voxelCubicMicrons = volume.settings().voxelSize().x() * volume.settings().voxelSize().y() * volume.settings().voxelSize().z() * 1e-9;
		double cleft = volume.synapses().stream().mapToLong(Synapse::cleftVoxels).average().orElse(0);
		return new SynthStatistics(n, ids.size(), volume.synapses().size(), fraction(b.membranes(), n), fraction(b.mitochondria(), n),
			fraction(b.vesicles(), n), fraction(b.clefts(), n), meanObject, meanObject * voxelCubicMicrons, cleft, raw[0], raw[1]);
	}

	private static <T extends IntegerType<T>> double fraction(RandomAccessibleInterval<T> mask, long n) {
		long on = 0;
		for (T t : Views.iterable(mask))
			if (t.getInteger() != 0)
				on++;
		return (double) on / n;
	}

	private static <T extends IntegerType<T>> double[] moments(RandomAccessibleInterval<T> img) {
		double sum = 0, sum2 = 0;
		long n = 0;
		Cursor<T> c = Views.iterable(img).cursor();
		while (c.hasNext()) {
			double v = c.next().getRealDouble();
			sum += v;
			sum2 += v * v;
			n++;
		}
		double mean = sum / n;
		return new double[] { mean, Math.sqrt(Math.max(0, sum2 / n - mean * mean)) };
	}

	/** One line: objects, synapses, fractions in per cent, mean object size. */
	public String summary() {
		return String.format(Locale.ROOT,
			"%d voxels, %d objects, %d synapses, membrane %.1f %%, mito %.1f %%, vesicle %.2f %%, cleft %.2f %%, mean object %.0f voxels (%.4f um^3)",
			voxels, objects, synapses, 100 * membraneFraction, 100 * mitoFraction, 100 * vesicleFraction, 100 * cleftFraction,
			meanObjectVoxels, meanObjectCubicMicrons);
	}

	/** Several lines, one number each, for reports. */
	public String report() {
		return String.format(Locale.ROOT, String.join("%n", "voxels: %d", "objects: %d", "synapses: %d", "membrane fraction: %.4f",
			"mitochondria fraction: %.4f", "vesicle fraction: %.4f", "cleft fraction: %.4f", "mean object: %.0f voxels (%.4f um^3)",
			"mean cleft: %.0f voxels", "raw mean +- std: %.1f +- %.1f"), voxels, objects, synapses, membraneFraction, mitoFraction,
			vesicleFraction, cleftFraction, meanObjectVoxels, meanObjectCubicMicrons, meanCleftVoxels, rawMean, rawStd);
	}
}
