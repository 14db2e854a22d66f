package connectomej.metrics;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * Synapse metrics for the command line's {@code evaluate}: object-level cleft detection and, when partners are
 * given, synaptic-partner scores at one or more distance thresholds.
 *
 * @param minOverlapVoxels overlap used for detection matching, in voxels
 * @param detection object-level detection scores ({@link SynapseDetection})
 * @param partners partner scores per threshold ({@link PartnerMatching}), empty if no partners were scored
 */
public record SynapseScores(long minOverlapVoxels, DetectionScores detection, List<PartnerScores> partners) {

	/**
	 * Detection scores only.
	 *
	 * @param detected detected cleft objects, 0 = background (x, y, z)
	 * @param truth true cleft objects, 0 = background, same dimensions
	 * @param minOverlapVoxels smallest overlap in voxels for a match, >= 1
	 */
	public static SynapseScores evaluate(RandomAccessibleInterval<? extends IntegerType<?>> detected,
			RandomAccessibleInterval<? extends IntegerType<?>> truth, long minOverlapVoxels) {
		return new SynapseScores(minOverlapVoxels, SynapseDetection.score(detected, truth, minOverlapVoxels), List.of());
	}

	/**
	 * Detection and partner scores.
	 *
	 * @param truePartners true partners with ground-truth neuron ids, locations in nm
	 * @param predictedPartners predicted partners already mapped to ground-truth ids ({@link OverlapMapping})
	 * @param thresholdsNm distance thresholds in nm
	 */
	public static SynapseScores evaluate(RandomAccessibleInterval<? extends IntegerType<?>> detected,
			RandomAccessibleInterval<? extends IntegerType<?>> truth, long minOverlapVoxels,
			List<SynapticPartner> truePartners, List<SynapticPartner> predictedPartners, double... thresholdsNm) {
		return new SynapseScores(minOverlapVoxels, SynapseDetection.score(detected, truth, minOverlapVoxels),
				PartnerMatching.score(truePartners, predictedPartners, thresholdsNm));
	}

	/** This record as one JSON object; partners as an array. */
	public String toJson() {
		StringBuilder array = new StringBuilder("[");
		for (PartnerScores p : partners)
			array.append(array.length() == 1 ? "" : ", ").append(p.toJson());
		return new JsonObject().put("min_overlap_voxels", minOverlapVoxels).raw("detection", detection.toJson())
				.raw("partners", array.append(']').toString()).toString();
	}

	/** Rows for a text table. */
	public List<TableRow> toTableRows() {
		List<TableRow> rows = new ArrayList<>(detection.toTableRows("synapse detection"));
		for (PartnerScores p : partners)
			rows.addAll(p.scores().toTableRows("partners @ " + p.thresholdNm() + " nm"));
		return rows;
	}
}
