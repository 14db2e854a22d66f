package connectomej.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.imglib2.view.Views;

/** 4x4 hand-computed cases for synapse detection and CREMI synaptic-partner scores. */
class SynapseMetricsTest {

	static final double EPS = 1e-12;

	static final long[][] TRUE_CLEFTS = {
			{ 1, 1, 0, 2 },
			{ 1, 1, 0, 2 },
			{ 0, 0, 0, 0 },
			{ 3, 0, 0, 0 } };

	static final long[][] DETECTED = {
			{ 7, 0, 0, 8 },
			{ 7, 7, 0, 0 },
			{ 0, 0, 0, 0 },
			{ 0, 0, 9, 9 } };

	@Test
	void detectionAtTwoVoxelsOverlap() {
		// cleft 1 shares 3 voxels with detection 7 -> found, 7 true positive; cleft 2 shares 1 voxel with 8 -> not
		// enough; cleft 3 and detection 9 overlap nothing. precision 1/3, recall 1/3, F1 1/3
		DetectionScores s = SynapseDetection.score(LabelImages.section(DETECTED), LabelImages.section(TRUE_CLEFTS), 2);
		assertEquals(new DetectionScores(3, 1, 3, 1), s);
		assertEquals(1.0 / 3, s.precision(), EPS);
		assertEquals(1.0 / 3, s.recall(), EPS);
		assertEquals(1.0 / 3, s.f1(), EPS);
	}

	@Test
	void detectionAtOneVoxelOverlapOnOffsetInterval() {
		// now cleft 2 / detection 8 match too: precision 2/3, recall 2/3
		var detected = Views.translate(LabelImages.section(DETECTED), 10, 20, 30);
		DetectionScores s = SynapseDetection.score(detected, LabelImages.section(TRUE_CLEFTS), 1);
		assertEquals(new DetectionScores(3, 2, 3, 2), s);
		assertEquals(2.0 / 3, s.f1(), EPS);
	}

	@Test
	void oneDetectionOverTwoCleftsFindsBoth() {
		long[][] wide = {
				{ 4, 4, 4, 4 },
				{ 0, 0, 0, 0 },
				{ 0, 0, 0, 0 },
				{ 0, 0, 0, 0 } };
		// detection 4 shares 2 voxels with cleft 1 and 1 with cleft 2: at 1 voxel both found; 1 detection, 1 TP
		DetectionScores s = SynapseDetection.score(LabelImages.section(wide), LabelImages.section(TRUE_CLEFTS), 1);
		assertEquals(new DetectionScores(3, 2, 1, 1), s);
		assertEquals(1.0, s.precision(), EPS);
		assertEquals(2.0 / 3, s.recall(), EPS);
	}

	@Test
	void emptyDenominatorsGiveZero() {
		DetectionScores none = new DetectionScores(0, 0, 0, 0);
		assertEquals(0.0, none.precision());
		assertEquals(0.0, none.recall());
		assertEquals(0.0, none.f1());
		assertThrows(IllegalArgumentException.class,
				() -> SynapseDetection.score(LabelImages.section(DETECTED), LabelImages.section(TRUE_CLEFTS), 0));
	}

	static final long[][] NEURONS = {
			{ 1, 1, 2, 2 },
			{ 1, 1, 2, 2 },
			{ 1, 1, 2, 2 },
			{ 3, 3, 3, 3 } };

	static final long[][] SEGMENTS = {
			{ 10, 10, 20, 20 },
			{ 10, 10, 20, 21 },
			{ 11, 11, 20, 20 },
			{ 30, 30, 30, 30 } };

	static final List<SynapticPartner> TRUE_PARTNERS = List.of(
			new SynapticPartner(1, 2, 10, 0, 0),
			new SynapticPartner(1, 2, 50, 0, 0),
			new SynapticPartner(2, 3, 0, 100, 0));

	static final List<SynapticPartner> PREDICTED_PARTNERS = List.of(
			new SynapticPartner(10, 20, 12, 0, 0),
			new SynapticPartner(11, 21, 30, 0, 0),
			new SynapticPartner(20, 30, 0, 130, 0),
			new SynapticPartner(30, 10, 0, 0, 0));

	@Test
	void segmentsMapToTheNeuronTheyOverlapMost() {
		// 10 -> 1 (4 voxels), 11 -> 1 (2), 20 -> 2 (5), 21 -> 2 (1), 30 -> 3 (4)
		LongLongMap m = OverlapMapping.byMaximumOverlap(ContingencyTables.of(LabelImages.section(SEGMENTS), LabelImages.section(NEURONS)));
		assertEquals(5, m.size());
		assertEquals(1, m.get(11, -1));
		assertEquals(2, m.get(21, -1));
		assertEquals(3, m.get(30, -1));
	}

	@Test
	void partnerF1AtThreeThresholds() {
		LongLongMap m = OverlapMapping.byMaximumOverlap(ContingencyTables.of(LabelImages.section(SEGMENTS), LabelImages.section(NEURONS)));
		List<SynapticPartner> mapped = OverlapMapping.toGroundTruthIds(PREDICTED_PARTNERS, m);
		// mapped: P1 1->2 at x 12, P2 1->2 at x 30, P3 2->3 at y 130, P4 3->1 (no true pair with these ids)
		// distances: P1-T1 2, P1-T2 38, P2-T1 20, P2-T2 20, P3-T3 30
		// 10 nm: only P1-T1 -> matched 1: P 1/4, R 1/3, F1 = 2 (1/12) / (7/12) = 2/7
		// 25 nm: P1-T1 and P2-T2 (P1-T2 too far) -> 2: P 2/4, R 2/3, F1 = 4/7
		// 30 nm (inclusive): also P3-T3 -> 3: P 3/4, R 1, F1 = 6/7
		List<PartnerScores> s = PartnerMatching.score(TRUE_PARTNERS, mapped, 10, 25, 30);
		assertEquals(new DetectionScores(3, 1, 4, 1), s.get(0).scores());
		assertEquals(2.0 / 7, s.get(0).scores().f1(), EPS);
		assertEquals(4.0 / 7, s.get(1).scores().f1(), EPS);
		assertEquals(new DetectionScores(3, 3, 4, 3), s.get(2).scores());
		assertEquals(6.0 / 7, s.get(2).scores().f1(), EPS);
		assertEquals(30.0, s.get(2).thresholdNm());
	}

	@Test
	void matchingPrefersMorePairsOverShorterDistance() {
		// T1 at x 0, T2 at x 10; P1 at x 4 (4 from T1, 6 from T2), P2 at x -4 (4 from T1, 14 from T2); threshold 6.
		// min distance alone: P1-T1 + P2 unmatched = 4; the best matching is P2-T1 + P1-T2 = 10 with 2 pairs.
		List<SynapticPartner> truth = List.of(new SynapticPartner(1, 2, 0, 0, 0), new SynapticPartner(1, 2, 10, 0, 0));
		List<SynapticPartner> predicted = List.of(new SynapticPartner(1, 2, 4, 0, 0), new SynapticPartner(1, 2, -4, 0, 0));
		assertEquals(2, PartnerMatching.score(truth, predicted, 6.0).matchedPredictions());
		assertEquals(1, PartnerMatching.score(truth, predicted, 5.0).matchedPredictions());
	}

	@Test
	void synapseFacadeWritesJson() {
		SynapseScores s = SynapseScores.evaluate(LabelImages.section(DETECTED), LabelImages.section(TRUE_CLEFTS), 2,
				TRUE_PARTNERS, TRUE_PARTNERS, 5);
		assertEquals(1.0, s.partners().get(0).scores().f1(), EPS);
		assertTrue(s.toJson().startsWith("{\"min_overlap_voxels\": 2, \"detection\": {\"truths\": 3, \"found_truths\": 1, "), s.toJson());
		assertTrue(s.toJson().contains("\"partners\": [{\"threshold_nm\": 5.0, \"scores\": {\"truths\": 3"), s.toJson());
		assertEquals(6, s.toTableRows().size());
	}
}
