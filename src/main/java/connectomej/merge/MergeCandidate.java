package connectomej.merge;

/**
 * One object scored by MergeNet.
 *
 * @param id the object's label
 * @param worst centre of its highest-scoring window, volume voxels, x, y, z
 * @param score the highest window score: probability that the object merges two neurons, [0, 1]
 * @param windows number of windows scored along the object
 * @param voxels the object's size, voxels
 */
public record MergeCandidate(long id, int[] worst, double score, int windows, long voxels) {}
