package connectomej.merge;

import connectomej.metrics.RocAuc;

/**
 * How well window scores separate merged from single objects.
 *
 * @param auc ROC AUC, [0, 1]
 * @param accuracy fraction classified right with threshold 0.5
 * @param positives merged windows
 * @param negatives single-object windows
 */
public record MergeScores(double auc, double accuracy, int positives, int negatives) {

	/**
	 * @param scores merge probability per window
	 * @param windows the windows with their labels, in the same order
	 */
	public static MergeScores of(double[] scores, WindowSet windows) {
		boolean[] positive = new boolean[scores.length];
		int right = 0, p = 0;
		for (int i = 0; i < scores.length; i++) {
			positive[i] = windows.merged().get(i);
			p += positive[i] ? 1 : 0;
			right += (scores[i] >= 0.5) == positive[i] ? 1 : 0;
		}
		return new MergeScores(RocAuc.exact(scores, positive), right / (double) scores.length, p, scores.length - p);
	}

	@Override
	public String toString() {
		return String.format("ROC AUC %.4f, accuracy %.4f (%d merged, %d single)", auc, accuracy, positives, negatives);
	}
}
