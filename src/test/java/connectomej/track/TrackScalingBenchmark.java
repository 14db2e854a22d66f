package connectomej.track;

import java.nio.file.Path;
import java.util.Arrays;

import connectomej.synth.SynthSettings;
import connectomej.synth.SyntheticEm;
import connectomej.synth.SyntheticVolume;

/**
 * Issue 6 scalability: time of one section step (seed section -> next section: network passes and decoding) for N
 * = 8, 64, 512, 4096 seed objects in the same 256 x 256 synthetic TEM sections (seeds: a grid of N cells), 3C
 * against the one-object-at-a-time tracker; median of 3 runs after a warm-up. The one-at-a-time tracker is timed on
 * at most {@code subset} objects and extrapolated linearly to N. Arguments: model, subset.
 */
public final class TrackScalingBenchmark {

	public static void main(String[] args) {
		ColourModel model = ColourModel.load(Path.of(args[0]));
		int subset = Integer.parseInt(args[1]);
		SyntheticVolume v = new SyntheticEm(SynthSettings.anisotropicTem(256, 256, 2, 401)).generateVolume();
		float[] a = Sections.em(v.raw().data(), 0), b = Sections.em(v.raw().data(), 1);
		time(new CrossClassificationTracker(model, 0, 0, 1), grid(8), a, b);
		System.out.println("N\t3C digits\t3C s\tone-at-a-time s\tobjects timed");
		for (int n : new int[] { 8, 64, 512, 4096 }) {
			long[] seeds = grid(n);
			double fast = time(new CrossClassificationTracker(model, 0, 0, 1), seeds, a, b);
			int timed = Math.min(n, subset);
			double slow = time(new SingleObjectTracker(model, timed), seeds, a, b) * n / timed;
			System.out.printf("%d\t%d\t%.3f\t%.3f\t%d%n", n, CodeBook.digitsFor(n, model.colours()), fast, slow, timed);
		}
	}

	static double time(SectionTracker t, long[] seeds, float[] a, float[] b) {
		double[] s = new double[3];
		for (int r = 0; r < 3; r++) {
			long start = System.nanoTime();
			t.propagate(seeds, a, b, 256, 256);
			s[r] = (System.nanoTime() - start) / 1e9;
		}
		Arrays.sort(s);
		return s[1];
	}

	/** A 256 x 256 section cut into n cells (n a power of 2), ids 1..n. */
	static long[] grid(int n) {
		int log = Integer.numberOfTrailingZeros(n), gx = 1 << (log - log / 2), gy = n / gx;
		long[] seeds = new long[256 * 256];
		for (int y = 0; y < 256; y++)
			for (int x = 0; x < 256; x++)
				seeds[y * 256 + x] = 1 + (long) (y * gy / 256) * gx + x * gx / 256;
		return seeds;
	}
}
