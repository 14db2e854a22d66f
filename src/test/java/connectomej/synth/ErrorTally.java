package connectomej.synth;

import java.util.Locale;

/**
 * Counts of a binary membrane prediction against ground truth per {@link PixelCategory}: ground-truth and predicted
 * pixels, true positives, false positives and negatives, the errors next to (8-neighbour of) the other side's
 * membrane (width disagreements rather than whole missing or spurious membranes), and the F1 the whole map would
 * reach if that category's errors were all fixed.
 */
final class ErrorTally {

	private static final int N = PixelCategory.values().length;
	private final long[] truth = new long[N], tp = new long[N], fp = new long[N], fn = new long[N], fpNear = new long[N],
		fnNear = new long[N];
	private final long[] truthOutsideBand = new long[N], bandNotTruth = new long[N], onEdge = new long[N];

	/**
	 * Adds a pixel.
	 *
	 * @param nearOther for a false positive: a ground-truth membrane pixel among its 8 neighbours; for a false
	 *        negative: a predicted one
	 * @param insideBand whether the pixel lies within the imaged half width of a contact band
	 * @param edgePx in-plane distance of the pixel centre from the ground-truth band edge, pixels
	 */
	void add(PixelCategory c, boolean membrane, boolean predicted, boolean nearOther, boolean insideBand, double edgePx) {
		int k = c.ordinal();
		truth[k] += membrane ? 1 : 0;
		tp[k] += membrane && predicted ? 1 : 0;
		fp[k] += !membrane && predicted ? 1 : 0;
		fn[k] += membrane && !predicted ? 1 : 0;
		fpNear[k] += !membrane && predicted && nearOther ? 1 : 0;
		fnNear[k] += membrane && !predicted && nearOther ? 1 : 0;
		truthOutsideBand[k] += membrane && !insideBand ? 1 : 0;
		bandNotTruth[k] += !membrane && insideBand ? 1 : 0;
		onEdge[k] += membrane != predicted && edgePx < 0.5 ? 1 : 0;
	}

	/** Pixel F1 of everything added. */
	double f1() {
		return f1(sum(tp), sum(fp), sum(fn));
	}

	/** A table, one line per category. */
	String report(String title) {
		StringBuilder b = new StringBuilder(title).append(String.format(Locale.ROOT, "%nF1 %.4f (TP %d FP %d FN %d)%n", f1(), sum(tp), sum(fp), sum(fn)));
		b.append(String.format(Locale.ROOT, "%-14s %9s %8s %8s %8s %8s %8s %10s %10s %9s %8s%n", "category", "gt", "TP", "FP", "FP-near",
			"FN", "FN-near", "gt>band", "band!gt", "err<.5px", "F1-fixed"));
		for (PixelCategory c : PixelCategory.values()) {
			int k = c.ordinal();
			double fixed = f1(sum(tp) + fn[k], sum(fp) - fp[k], sum(fn) - fn[k]);
			b.append(String.format(Locale.ROOT, "%-14s %9d %8d %8d %8d %8d %8d %10d %10d %9d %8.4f%n", c, truth[k], tp[k], fp[k], fpNear[k],
				fn[k], fnNear[k], truthOutsideBand[k], bandNotTruth[k], onEdge[k], fixed));
		}
		return b.toString();
	}

	private static double f1(long tp, long fp, long fn) {
		return 2.0 * tp / (2.0 * tp + fp + fn);
	}

	private static long sum(long[] a) {
		long s = 0;
		for (long v : a)
			s += v;
		return s;
	}
}
