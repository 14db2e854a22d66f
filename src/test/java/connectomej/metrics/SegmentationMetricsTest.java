package connectomej.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.imglib2.view.Views;

/** 4x4 hand-computed cases for VOI, adapted Rand, ISBI V_rand / V_info and the CREMI score. */
class SegmentationMetricsTest {

	static final double EPS = 1e-12;

	/** Ground truth with background 0 in the top-left 2x2. */
	static final long[][] GT_WITH_BACKGROUND = {
			{ 0, 0, 1, 1 },
			{ 0, 0, 1, 1 },
			{ 2, 2, 2, 2 },
			{ 2, 2, 2, 2 } };

	static final long[][] SEG_SPLITTING_2 = {
			{ 1, 1, 1, 1 },
			{ 1, 1, 1, 1 },
			{ 2, 2, 3, 3 },
			{ 2, 2, 3, 3 } };

	static ContingencyTable table(long[][] seg, long[][] gt) {
		return ContingencyTables.of(LabelImages.section(seg), LabelImages.section(gt));
	}

	@Test
	void voiOfSplitAndMergeWithoutBackground() {
		// ContingencyTableTest fixture, N = 16: n(1,1) = 4, n(2,1) = 4, n(3,5) = 4, n(4,6) = 3, n(4,7) = 1;
		// gt sizes 4, 4, 4, 4; seg sizes 1: 8, 5: 4, 6: 3, 7: 1.
		// split = H(seg|gt) = -sum n_ij/N log2(n_ij/n_i) = -(3/16 log2(3/4) + 1/16 log2(1/4)) = 0.0778195 + 0.125
		// merge = H(gt|seg) = -sum n_ij/N log2(n_ij/n_j) = -(4/16 log2(4/8) + 4/16 log2(4/8)) = 0.5
		VariationOfInformation voi = VariationOfInformation.of(table(ContingencyTableTest.SEG, ContingencyTableTest.GT));
		assertEquals(-(3.0 / 16 * Math.log(0.75) / Math.log(2) - 2.0 / 16), voi.split(), EPS);
		assertEquals(0.20281953, voi.split(), 1e-8); // skimage: variation_of_information(gt, seg)[0]
		assertEquals(0.5, voi.merge(), EPS);
		assertEquals(voi.split() + 0.5, voi.sum(), EPS);
	}

	@Test
	void voiIgnoresNothingByDefaultAndGroundTruthZeroOnRequest() {
		ContingencyTable t = table(SEG_SPLITTING_2, GT_WITH_BACKGROUND);
		// all 16 voxels: n(0,1) = 4, n(1,1) = 4, n(2,2) = 4, n(2,3) = 4; gt sizes 0: 4, 1: 4, 2: 8; seg 1: 8, 2: 4, 3: 4
		// split = -(4/16 log2(4/8) + 4/16 log2(4/8)) = 0.5 (gt 2 cut in two); merge = same for seg 1 = 0.5
		VariationOfInformation all = VariationOfInformation.of(t);
		assertEquals(0.5, all.split(), EPS);
		assertEquals(0.5, all.merge(), EPS);
		// gt 0 ignored: N = 12, seg 1 shrinks to 4 voxels, so it merges nothing:
		// split = -(4/12 log2(4/8) * 2) = 2/3, merge = 0
		VariationOfInformation foreground = VariationOfInformation.ignoringBackground(t);
		assertEquals(2.0 / 3, foreground.split(), EPS);
		assertEquals(0.0, foreground.merge(), EPS);
	}

	@Test
	void adaptedRandErrorAsScikitImage() {
		// fixture of ContingencyTableTest, no gt 0: sum n_ij^2 - N = 16+16+16+9+1 - 16 = 42;
		// sum n_i^2 - N = 4*16 - 16 = 48; sum n_j^2 - N = 64+16+9+1 - 16 = 74;
		// precision = 42/48 = 0.875, recall = 42/74, error = 1 - 2*42/(48+74) = 38/122
		AdaptedRandError a = AdaptedRandError.of(table(ContingencyTableTest.SEG, ContingencyTableTest.GT));
		assertEquals(0.875, a.precision(), EPS);
		assertEquals(42.0 / 74, a.recall(), EPS);
		assertEquals(38.0 / 122, a.error(), EPS);
		// gt 0 ignored (default): pairs 4, 4, 4 -> 48 - 12 = 36; gt 16 + 64 - 12 = 68; seg 3*16 - 12 = 36;
		// precision = 36/68, recall = 1, error = 1 - 72/104 = 32/104
		AdaptedRandError b = AdaptedRandError.of(table(SEG_SPLITTING_2, GT_WITH_BACKGROUND));
		assertEquals(36.0 / 68, b.precision(), EPS);
		assertEquals(1.0, b.recall(), EPS);
		assertEquals(32.0 / 104, b.error(), EPS);
	}

	@Test
	void adaptedRandNamesFollowScikitImageOnUnderSegmentation() {
		// scikit-image issue #6485: true [[1, 2], [3, 2]], test all 1 gives (0.714..., 1.0, 0.1666...):
		// pairs 1+4+1 - 4 = 2; gt 1+4+1 - 4 = 2; seg 16 - 4 = 12; precision 2/2, recall 2/12, error 1 - 4/14
		AdaptedRandError a = AdaptedRandError.of(table(new long[][] { { 1, 1 }, { 1, 1 } }, new long[][] { { 1, 2 }, { 3, 2 } }));
		assertEquals(1.0, a.precision(), EPS);
		assertEquals(2.0 / 12, a.recall(), EPS);
		assertEquals(1 - 4.0 / 14, a.error(), EPS);
	}

	@Test
	void isbiForegroundRestrictedScores() {
		long[][] gt = {
				{ 0, 1, 1, 1 },
				{ 0, 1, 1, 1 },
				{ 0, 2, 2, 2 },
				{ 0, 2, 2, 2 } };
		long[][] seg = {
				{ 5, 1, 1, 0 },
				{ 5, 1, 1, 0 },
				{ 5, 2, 2, 2 },
				{ 5, 2, 2, 3 } };
		// gt foreground n = 12 (column x = 0 left out, so seg 5 disappears); rows: gt 1 = {seg 1: 4, boundary 0: 2},
		// gt 2 = {seg 2: 5, seg 3: 1}; c0 = 2 boundary voxels, each its own singleton.
		// Rand (times n^2 = 144): sumP = 16 + 25 + 1 + 2 = 44, sumT = 36 + 36 = 72, sumS = 16 + 25 + 1 + 2 = 44
		// split = 44/72, merge = 1, V_rand = 2*44/(72+44) = 88/116
		ForegroundRestrictedScores s = ForegroundRestrictedScores.of(table(seg, gt));
		assertEquals(44.0 / 72, s.randSplit(), EPS);
		assertEquals(1.0, s.randMerge(), EPS);
		assertEquals(88.0 / 116, s.vRand(), EPS);
		// Info (nats): H(T) = ln 2; H(S) = 4/12 ln 3 + 5/12 ln(12/5) + 1/12 ln 12 + 2/12 ln 12 = 1.352209;
		// every segment lies in one gt object, so H(S,T) = H(S) and I = H(T) = ln 2:
		// merge = I/H(T) = 1, split = ln 2 / H(S) = 0.512604, V_info = 2 ln 2 / (ln 2 + H(S)) = 0.677776
		double hS = 4.0 / 12 * Math.log(3) + 5.0 / 12 * Math.log(12.0 / 5) + 3.0 / 12 * Math.log(12);
		assertEquals(1.352209, hS, 1e-6);
		assertEquals(1.0, s.infoMerge(), EPS);
		assertEquals(Math.log(2) / hS, s.infoSplit(), EPS);
		assertEquals(2 * Math.log(2) / (Math.log(2) + hS), s.vInfo(), EPS);
		assertEquals(0.677776, s.vInfo(), 1e-6);
	}

	@Test
	void isbiMeanOverSectionsAveragesSectionScoresAndSkipsEmptySections() {
		// z = 0: the hand case above (V_rand 88/116); z = 1: identical labels (1); z = 2: ground truth all background
		long[][] gt0 = { { 0, 1, 1, 1 }, { 0, 1, 1, 1 }, { 0, 2, 2, 2 }, { 0, 2, 2, 2 } };
		long[][] seg0 = { { 5, 1, 1, 0 }, { 5, 1, 1, 0 }, { 5, 2, 2, 2 }, { 5, 2, 2, 3 } };
		long[][] empty = new long[4][4];
		var gt = Views.translate(LabelImages.volume(new long[][][] { gt0, gt0, empty }), 3, 3, 3);
		var seg = LabelImages.volume(new long[][][] { seg0, gt0, seg0 });
		ForegroundRestrictedScores mean = ForegroundRestrictedScores.meanOverSections(seg, gt);
		assertEquals((88.0 / 116 + 1) / 2, mean.vRand(), EPS);
		assertEquals((44.0 / 72 + 1) / 2, mean.randSplit(), EPS);
		assertEquals(1.0, mean.randMerge(), EPS);
	}

	@Test
	void isbiScoresArePerfectForIdenticalForeground() {
		ForegroundRestrictedScores s = ForegroundRestrictedScores.of(table(GT_WITH_BACKGROUND, GT_WITH_BACKGROUND));
		assertEquals(1.0, s.vRand(), EPS);
		assertEquals(1.0, s.vInfo(), EPS);
	}

	@Test
	void cremiScoreIsGeometricMeanOfForegroundVoiAndArand() {
		// gt 0 ignored: VOI split 2/3, merge 0 (see above); ARAND 32/104 -> sqrt(2/3 * 32/104) = 0.452911
		CremiScore c = CremiScore.of(table(SEG_SPLITTING_2, GT_WITH_BACKGROUND));
		assertEquals(2.0 / 3, c.voiSplit(), EPS);
		assertEquals(0.0, c.voiMerge(), EPS);
		assertEquals(32.0 / 104, c.adaptedRandError(), EPS);
		assertEquals(Math.sqrt(2.0 / 3 * 32 / 104), c.score(), EPS);
		assertEquals(0.452911, c.score(), 1e-6);
	}

	@Test
	void facadeGathersAllScoresAndWritesJsonAndRows() {
		SegmentationScores s = SegmentationScores.evaluate(LabelImages.section(SEG_SPLITTING_2), LabelImages.section(GT_WITH_BACKGROUND));
		assertEquals(16, s.voxels());
		assertEquals(0.5, s.voi().merge(), EPS);
		assertEquals(0.0, s.voiForeground().merge(), EPS);
		assertEquals(32.0 / 104, s.adaptedRand().error(), EPS);
		assertEquals(Math.sqrt(2.0 / 3 * 32 / 104), s.cremi().score(), EPS);
		String json = s.toJson();
		assertTrue(json.startsWith("{\"voxels\": 16, \"ground_truth_labels\": 3, \"segment_labels\": 3, \"voi\": {\"split\": 0.5, "), json);
		assertTrue(json.contains("\"cremi\": {\"voi_split\": 0.6666666666666666"), json);
		assertEquals(1 + 3 + 3 + 3 + 6 + 4, s.toTableRows().size());
		assertTrue(TableRow.format(s.toTableRows()).contains("CREMI score"));
	}

	@Test
	void jsonWritesNullForNonFiniteAndEscapesStrings() {
		assertEquals("{\"a\": null, \"b\": \"q\\\"\\\\\\u000a\", \"c\": 3}",
				new JsonObject().put("a", Double.NaN).put("b", "q\"\\\n").put("c", 3L).toString());
	}
}
