package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NeckPenaltyTest {

	/**
	 * Region 1 (21 pixels) touches region 2 (11 pixels) through a one-face pinhole in row 2 (a double column of
	 * boundary 0 elsewhere, which joins nothing); region 2 touches region 3 (10 pixels) over all five rows. Every
	 * pixel is 0.1, so every boundary sample is 0.1: the mean cannot tell the neck from the wide contact.
	 */
	private static final long[] LABELS = {
		1, 1, 1, 1, 0, 0, 2, 2, 3, 3,
		1, 1, 1, 1, 0, 0, 2, 2, 3, 3,
		1, 1, 1, 1, 1, 2, 2, 2, 3, 3,
		1, 1, 1, 1, 0, 0, 2, 2, 3, 3,
		1, 1, 1, 1, 0, 0, 2, 2, 3, 3 };
	private static final int[] DIMS = { 10, 5, 1 };

	@Test
	void wideContactsCostNothingAndPinholesNearlyOne() {
		assertEquals(0, NeckPenalty.of(5, 11, 10), 1e-12, "5 faces against 10^(2/3) = 4.6");
		assertEquals(1 - 1 / Math.pow(11, 2.0 / 3), NeckPenalty.of(1, 21, 11), 1e-12, "the smaller region sets the scale");
		assertEquals(NeckPenalty.of(1, 21, 11), NeckPenalty.of(1, 11, 21), 1e-12);
		assertTrue(NeckPenalty.of(1, 100_000, 100_000) > 0.99);
	}

	@Test
	void blendingWithWeightZeroKeepsTheScoreAndStaysInTheUnitInterval() {
		assertEquals(0.37, NeckPenalty.blend(0.37, 0, 1, 1000, 1000), 0);
		double b = NeckPenalty.blend(1, 5, 1, 1000, 1000);
		assertTrue(b <= 1 && b > 0.95, "near 1, never above: " + b);
	}

	@Test
	void thePenaltyStopsTheMergeThroughTheNeckButNotAcrossTheWideContact() {
		float[] probability = new float[LABELS.length];
		java.util.Arrays.fill(probability, 0.1f);
		AgglomerationSettings plain = new AgglomerationSettings(0.2, EdgeScore.MEAN, 0);
		assertEquals(1, Agglomeration.merge(RegionGraph.build(LABELS, probability, DIMS), plain).segmentCount());
		RegionGraph g = RegionGraph.build(LABELS, probability, DIMS);
		Agglomeration.Result r = Agglomeration.merge(g, plain.withNeckWeight(1));
		assertEquals(2, r.segmentCount());
		long[] segments = Agglomeration.relabel(LABELS, g, r.segmentOfRegion());
		assertEquals(segments[7], segments[8], "2 and 3 merged");
		assertNotEquals(segments[0], segments[7], "1 stays apart");
	}

	@Test
	void negativeWeightsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new AgglomerationSettings(0.5, EdgeScore.MEAN, 0, -0.1));
	}
}
