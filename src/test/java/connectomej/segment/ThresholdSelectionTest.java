package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

class ThresholdSelectionTest {

	@Test
	void sweepPicksAThresholdBetterThanBothEnds() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 32, 32, 24 }, 10, 1.5, 0.5, 21);
		var sv = ArrayImgs.unsignedLongs(32, 32, 24);
		long n = SeededWatershed.watershed(v.probability, sv, VoxelSize.UNIT, WatershedSettings.threshold(0.15));
		assertTrue(n > 20, "over-segmented fixture: " + n + " supervoxels");
		double[] t = ThresholdSelection.evenThresholds(0.1);
		ThresholdSelection.Sweep s = ThresholdSelection.sweep(Views.translate(sv, 1, 2, 3), Views.translate(v.probability, 1, 2, 3),
			Views.translate(v.cells, 1, 2, 3), EdgeScore.MEAN, t, ThresholdSelection.Criterion.VOI);
		assertEquals(t.length, s.points().size());
		double first = s.points().get(0).scores().voiForeground().sum();
		double last = s.points().get(t.length - 1).scores().voiForeground().sum();
		double best = s.best().scores().voiForeground().sum();
		assertTrue(best < first && best < last, "best " + best + " at " + s.best().threshold() + ", ends " + first + ", " + last);
	}

	@Test
	void sweepScoresEqualAFullAgglomerationAtTheSameThreshold() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 20, 20, 12 }, 6, 1.5, 0.5, 4);
		var sv = ArrayImgs.unsignedLongs(20, 20, 12);
		SeededWatershed.watershed(v.probability, sv, VoxelSize.UNIT, WatershedSettings.threshold(0.15));
		ThresholdSelection.Sweep s = ThresholdSelection.sweep(sv, v.probability, v.cells, EdgeScore.MEAN, new double[] { 0.3, 0.6 },
			ThresholdSelection.Criterion.CREMI);
		var seg = ArrayImgs.unsignedLongs(20, 20, 12);
		Agglomeration.agglomerate(sv, v.probability, seg, AgglomerationSettings.threshold(0.6));
		var direct = connectomej.metrics.SegmentationScores.evaluate(seg, v.cells);
		assertEquals(direct.voiForeground().sum(), s.points().get(1).scores().voiForeground().sum(), 1e-9);
		assertEquals(direct.adaptedRand().error(), s.points().get(1).scores().adaptedRand().error(), 1e-9);
	}

	@Test
	void adaptedRandCriterionPicksTheLowestAdaptedRandError() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 24, 24, 16 }, 8, 1.5, 0.5, 9);
		var sv = ArrayImgs.unsignedLongs(24, 24, 16);
		SeededWatershed.watershed(v.probability, sv, VoxelSize.UNIT, WatershedSettings.threshold(0.15));
		ThresholdSelection.Sweep s = ThresholdSelection.sweep(sv, v.probability, v.cells, EdgeScore.QUANTILE_25,
			ThresholdSelection.evenThresholds(0.05), ThresholdSelection.Criterion.ADAPTED_RAND);
		double best = s.best().scores().adaptedRand().error();
		for (ThresholdSelection.Point p : s.points())
			assertTrue(best <= p.scores().adaptedRand().error(), p.threshold() + ": " + p.scores().adaptedRand().error());
		assertTrue(best < s.points().get(s.points().size() - 1).scores().adaptedRand().error(), "merging all is worse");
	}
}
