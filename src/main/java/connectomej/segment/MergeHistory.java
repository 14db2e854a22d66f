package connectomej.segment;

import java.util.Arrays;

/**
 * The merges of an agglomeration in the order they happened: merge k joined regions {@code absorbed(k)} into
 * {@code kept(k)} at edge score {@code score(k)}. Without the {@link NeckPenalty} scores never decrease (a merged
 * edge's mean or quantile lies between those of its parts, which were at least the current score); with it they
 * may. Either way the merge order does not depend on the threshold, so the result for threshold t is the prefix of
 * merges before the first with score &gt; t.
 */
public final class MergeHistory {

	private int count;
	private int[] kept = new int[64], absorbed = new int[64];
	private double[] scores = new double[64];

	void add(int keptRegion, int absorbedRegion, double score) {
		if (count == kept.length) {
			kept = Arrays.copyOf(kept, count * 2);
			absorbed = Arrays.copyOf(absorbed, count * 2);
			scores = Arrays.copyOf(scores, count * 2);
		}
		kept[count] = keptRegion;
		absorbed[count] = absorbedRegion;
		scores[count++] = score;
	}

	/** Number of merges. */
	public int count() {
		return count;
	}

	/** The region that merge {@code k} kept. */
	public int kept(int k) {
		return kept[k];
	}

	/** The region that merge {@code k} absorbed. */
	public int absorbed(int k) {
		return absorbed[k];
	}

	/** Edge score at which merge {@code k} happened. */
	public double score(int k) {
		return scores[k];
	}
}
