package connectomej.track;

import java.util.HashMap;
import java.util.Map;

/**
 * Which label of a tracked seed section each ground-truth object continues: for training the 3C colour network
 * (Meirovitch, Mi et al. 2018, arXiv 1812.01157) on the sweep's own seeds, a next-section voxel's target colour is
 * that of the seed label its ground-truth object overlaps most in the seed section.
 */
final class SeedMatching {

	private SeedMatching() {}

	/**
	 * @param truth ground-truth object ids of the seed section (0 = none), any layout
	 * @param seeds the tracker's labels of the same voxels, as the network sees them (0 = uncoloured)
	 * @return for every non-zero truth object that shares a voxel with a non-zero seed label, the seed label it shares
	 *         most voxels with (ties: the smaller label); objects sharing none are absent
	 */
	static Map<Long, Long> largestOverlap(long[] truth, long[] seeds) {
		Map<Long, Map<Long, Integer>> overlaps = new HashMap<>();
		for (int i = 0; i < truth.length; i++)
			if (truth[i] != 0 && seeds[i] != 0)
				overlaps.computeIfAbsent(truth[i], t -> new HashMap<>()).merge(seeds[i], 1, Integer::sum);
		Map<Long, Long> out = new HashMap<>(2 * overlaps.size());
		overlaps.forEach((object, counts) -> out.put(object, largest(counts)));
		return out;
	}

	private static long largest(Map<Long, Integer> counts) {
		long best = 0;
		int most = 0;
		for (Map.Entry<Long, Integer> e : counts.entrySet())
			if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
				best = e.getKey();
				most = e.getValue();
			}
		return best;
	}
}
