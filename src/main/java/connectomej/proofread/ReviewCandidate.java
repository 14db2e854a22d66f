package connectomej.proofread;

/**
 * One segment in the review queue.
 *
 * @param id segment id
 * @param location a voxel inside the segment, x, y, z
 * @param mergeScore MergeNet merge-error score in [0, 1], or NaN when none was given
 * @param uncertainty per-object uncertainty (mean variance), or NaN when none was given
 * @param priority sort key, higher first
 */
public record ReviewCandidate(long id, int[] location, double mergeScore, double uncertainty, double priority) {}
