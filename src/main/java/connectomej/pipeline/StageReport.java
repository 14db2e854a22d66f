package connectomej.pipeline;

/**
 * What one stage of a run did.
 *
 * @param stage name of the stage
 * @param blocks blocks in the stage's grid (1 for a stage that is not block-wise)
 * @param computed blocks computed in this run
 * @param skipped blocks found finished by an earlier run and not computed again
 * @param seconds wall time of the stage in this run
 */
public record StageReport(String stage, long blocks, long computed, long skipped, double seconds) {

	/** A one-line summary, e.g. {@code membranes: 12 blocks (8 computed, 4 done before) in 3.2 s}. */
	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "%s: %d blocks (%d computed, %d done before) in %.1f s", stage, blocks,
				computed, skipped, seconds);
	}
}
