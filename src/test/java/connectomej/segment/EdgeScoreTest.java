package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EdgeScoreTest {

	/**
	 * Regions 1 | 2 2 | 3 in four rows. The 1-2 faces are 0.1, 0.1, 0.1, 0.9 (a gap in a strong membrane: one bright
	 * face), the 2-3 faces all 0.3: the same mean 0.3, but the lower quantiles tell the gap apart.
	 */
	private static final long[] LABELS = {
		1, 2, 2, 3,
		1, 2, 2, 3,
		1, 2, 2, 3,
		1, 2, 2, 3 };
	private static final float[] PROBABILITY = {
		0.1f, 0.1f, 0.3f, 0.3f,
		0.1f, 0.1f, 0.3f, 0.3f,
		0.1f, 0.1f, 0.3f, 0.3f,
		0.9f, 0.9f, 0.3f, 0.3f };
	private static final int[] DIMS = { 4, 4, 1 };

	@Test
	void quantilesSeparateEdgesWithTheSameMean() {
		RegionGraph g = RegionGraph.build(LABELS, PROBABILITY, DIMS);
		int e12 = edge(g, 1, 2), e23 = edge(g, 2, 3);
		assertEquals(EdgeScore.MEAN.of(g.edges(), e12), EdgeScore.MEAN.of(g.edges(), e23), 1e-6);
		double bin = 1.0 / EdgeStatistics.BINS;
		assertEquals(0.1, EdgeScore.QUANTILE_25.of(g.edges(), e12), bin);
		assertEquals(0.3, EdgeScore.QUANTILE_25.of(g.edges(), e23), bin);
		assertEquals(0.1, EdgeScore.QUANTILE_75.of(g.edges(), e12), bin);
		assertTrue(EdgeScore.QUANTILE_90.of(g.edges(), e12) > 0.8, "the bright face sets the 0.9 quantile");
	}

	@Test
	void aLowQuantileMergesAcrossTheGapWhereTheMeanMergesNothing() {
		AgglomerationSettings byMean = new AgglomerationSettings(0.2, EdgeScore.MEAN, 0);
		assertEquals(3, Agglomeration.merge(RegionGraph.build(LABELS, PROBABILITY, DIMS), byMean).segmentCount());
		RegionGraph g = RegionGraph.build(LABELS, PROBABILITY, DIMS);
		Agglomeration.Result r = Agglomeration.merge(g, new AgglomerationSettings(0.2, EdgeScore.QUANTILE_25, 0));
		assertEquals(2, r.segmentCount());
		long[] segments = Agglomeration.relabel(LABELS, g, r.segmentOfRegion());
		assertEquals(segments[0], segments[1]);
		assertTrue(segments[2] != segments[3]);
	}

	private static int edge(RegionGraph g, long a, long b) {
		int ra = g.regionOf(a), rb = g.regionOf(b);
		for (int e = 0; e < g.edges().count(); e++)
			if (Math.min(g.edges().regionA(e), g.edges().regionB(e)) == Math.min(ra, rb)
				&& Math.max(g.edges().regionA(e), g.edges().regionB(e)) == Math.max(ra, rb))
				return e;
		throw new AssertionError("no edge " + a + "-" + b);
	}
}
