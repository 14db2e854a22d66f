package connectomej.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps predicted segment ids to ground-truth neuron ids by maximum overlap, so that predicted synaptic partners can
 * be compared with true ones by id ({@link PartnerMatching}).
 */
public final class OverlapMapping {

	private OverlapMapping() {}

	/**
	 * For each segment, the ground-truth label it shares the most voxels with; ground-truth label 0 (background) is
	 * never a target, ties go to the smaller label, and a segment overlapping only background is absent from the map.
	 *
	 * @param table ground truth (neurons) against segmentation (predicted segments)
	 * @return segment id to ground-truth id
	 */
	public static LongLongMap byMaximumOverlap(ContingencyTable table) {
		LongLongMap best = new LongLongMap(), bestCount = new LongLongMap();
		table.forEachPair((gt, seg, n) -> {
			if (gt == 0)
				return;
			long count = bestCount.get(seg, 0);
			if (n > count || n == count && gt < best.get(seg, Long.MAX_VALUE)) {
				bestCount.put(seg, n);
				best.put(seg, gt);
			}
		});
		return best;
	}

	/**
	 * The partners with their pre and post ids replaced through {@code segmentToGroundTruth}; ids without a mapping
	 * become 0, which matches no true partner.
	 */
	public static List<SynapticPartner> toGroundTruthIds(List<SynapticPartner> predicted, LongLongMap segmentToGroundTruth) {
		List<SynapticPartner> mapped = new ArrayList<>(predicted.size());
		for (SynapticPartner s : predicted)
			mapped.add(s.withIds(segmentToGroundTruth.get(s.pre(), 0), segmentToGroundTruth.get(s.post(), 0)));
		return mapped;
	}
}
