package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

class SettingsSearchTest {

	@Test
	void theBestCellIsNoWorseThanAnyOtherAndASeedThresholdAboveTheMembraneLoses() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 24, 24, 16 }, 8, 1.5, 0.5, 7);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			List<WatershedSettings> seeds = List.of(WatershedSettings.threshold(1), WatershedSettings.threshold(0.15));
			SettingsSearch.Result r = SettingsSearch.search(Views.translate(v.probability, 2, 1, 3), VoxelSize.UNIT,
				Views.translate(v.cells, 2, 1, 3), null, seeds, List.of(EdgeScore.MEAN, EdgeScore.QUANTILE_75),
				ThresholdSelection.Criterion.ADAPTED_RAND, new long[] { 16, 16, 16 }, new long[] { 4, 4, 4 }, executor);
			assertEquals(4, r.cells().size());
			double best = r.best().sweep().best().scores().adaptedRand().error();
			for (SettingsSearch.Cell c : r.cells())
				assertTrue(best <= c.sweep().best().scores().adaptedRand().error());
			assertSame(seeds.get(1), r.best().watershed());
			assertTrue(best < r.cells().get(0).sweep().best().scores().adaptedRand().error(), "one seed everywhere is worse");
		} finally {
			executor.shutdownNow();
		}
	}

	@Test
	void givenSupervoxelsMakeOneRowOfScores() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 20, 20, 12 }, 6, 1.5, 0.5, 4);
		var sv = ArrayImgs.unsignedLongs(20, 20, 12);
		SeededWatershed.watershed(v.probability, sv, VoxelSize.UNIT, WatershedSettings.threshold(0.15));
		SettingsSearch.Result r = SettingsSearch.search(v.probability, VoxelSize.UNIT, v.cells, sv, List.of(),
			List.of(EdgeScore.values()), ThresholdSelection.Criterion.VOI, new long[] { 20, 20, 12 }, new long[] { 0, 0, 0 }, null);
		assertEquals(EdgeScore.values().length, r.cells().size());
		assertEquals(null, r.best().watershed());
	}

	@Test
	void neckWeightsAreTheInnermostDimensionAndTheBestIsNoWorseThanAny() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 20, 20, 12 }, 6, 1.5, 0.5, 4);
		var sv = ArrayImgs.unsignedLongs(20, 20, 12);
		SeededWatershed.watershed(v.probability, sv, VoxelSize.UNIT, WatershedSettings.threshold(0.15));
		SettingsSearch.Result r = SettingsSearch.search(v.probability, VoxelSize.UNIT, v.cells, sv, List.of(),
			List.of(EdgeScore.MEAN, EdgeScore.MEDIAN), List.of(0.0, 0.5), ThresholdSelection.Criterion.VOI, new long[] { 20, 20, 12 },
			new long[] { 0, 0, 0 }, null);
		assertEquals(4, r.cells().size());
		assertEquals(0.5, r.cells().get(1).neckWeight());
		assertEquals(EdgeScore.MEDIAN, r.cells().get(2).score());
		double best = r.best().sweep().best().scores().voiForeground().sum();
		for (SettingsSearch.Cell c : r.cells())
			assertTrue(best <= c.sweep().best().scores().voiForeground().sum());
	}
}
