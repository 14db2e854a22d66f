package connectomej.metrics;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * Object-level scores of synapse (cleft) detection, from two label volumes in which each object has its own label
 * and 0 is background.
 * <p>
 * A true synapse counts as found if at least one detection shares at least {@code minOverlapVoxels} voxels with it;
 * a detection is a true positive if it shares at least {@code minOverlapVoxels} voxels with at least one true
 * synapse. Both directions are judged independently (not one-to-one): one detection covering two true synapses finds
 * both, and two detections on one synapse are both true positives. Overlap is counted voxel by voxel over the whole
 * objects, whatever their connectivity.
 */
public final class SynapseDetection {

	private SynapseDetection() {}

	/**
	 * Scores {@code detected} against {@code truth} (same dimensions, any mins; x, y, z with x fastest).
	 *
	 * @param minOverlapVoxels smallest overlap, in voxels (>= 1), for a detection and a synapse to match
	 */
	public static DetectionScores score(RandomAccessibleInterval<? extends IntegerType<?>> detected,
			RandomAccessibleInterval<? extends IntegerType<?>> truth, long minOverlapVoxels) {
		return score(ContingencyTables.of(detected, truth), minOverlapVoxels);
	}

	/**
	 * Scores from a contingency table with the true synapses as ground truth and the detections as segments.
	 *
	 * @param minOverlapVoxels smallest overlap, in voxels (>= 1), for a detection and a synapse to match
	 */
	public static DetectionScores score(ContingencyTable table, long minOverlapVoxels) {
		if (minOverlapVoxels < 1)
			throw new IllegalArgumentException("minimum overlap must be at least 1 voxel, got " + minOverlapVoxels);
		LongLongMap found = new LongLongMap(), matched = new LongLongMap();
		table.forEachPair((truth, detection, n) -> {
			if (truth != 0 && detection != 0 && n >= minOverlapVoxels) {
				found.put(truth, 1);
				matched.put(detection, 1);
			}
		});
		long[] objects = new long[2];
		table.forEachGroundTruthLabel((label, n) -> objects[0] += label == 0 ? 0 : 1);
		table.forEachSegmentLabel((label, n) -> objects[1] += label == 0 ? 0 : 1);
		return new DetectionScores(objects[0], found.size(), objects[1], matched.size());
	}
}
