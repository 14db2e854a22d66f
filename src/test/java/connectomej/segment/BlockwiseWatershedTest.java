package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import connectomej.metrics.ContingencyTables;
import connectomej.metrics.VariationOfInformation;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class BlockwiseWatershedTest {

	private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);
	private static final WatershedSettings SETTINGS = WatershedSettings.threshold(0.3);

	@AfterAll
	static void shutdown() {
		EXECUTOR.shutdownNow();
	}

	/** Bound: VI between whole-volume and 2x2x2-block supervoxels at most 0.01 bits (the acceptance figure). */
	@Test
	void twoByTwoByTwoBlocksGiveTheWholeVolumePartition() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 40, 40, 40 }, 30, 2, 0.3, 11);
		var whole = ArrayImgs.unsignedLongs(40, 40, 40);
		long n = SeededWatershed.watershed(v.probability, whole, VoxelSize.UNIT, SETTINGS);
		var blocks = ArrayImgs.unsignedLongs(40, 40, 40);
		long m = BlockwiseWatershed.watershed(v.probability, blocks, VoxelSize.UNIT, SETTINGS, new long[] { 20, 20, 20 },
			new long[] { 8, 8, 8 }, EXECUTOR);
		VariationOfInformation vi = VariationOfInformation.of(ContingencyTables.of(blocks, whole));
		assertTrue(vi.sum() <= 0.01, "VI " + vi + ", " + n + " vs " + m + " supervoxels");
		assertTrue(n > 10, "the fixture has many supervoxels: " + n);
	}

	@Test
	void idsAreConsecutiveAndAnOffsetIntervalGivesTheSameLabels() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 30, 25, 20 }, 15, 2, 0.3, 5);
		var plain = ArrayImgs.unsignedLongs(30, 25, 20);
		long n = BlockwiseWatershed.watershed(v.probability, plain, VoxelSize.UNIT, SETTINGS, new long[] { 16, 10, 12 },
			new long[] { 4, 4, 4 }, EXECUTOR);
		var shifted = ArrayImgs.unsignedLongs(30, 25, 20);
		RandomAccessibleInterval<UnsignedLongType> out = Views.translate(shifted, -40, 7, 3);
		BlockwiseWatershed.watershed(Views.translate(v.probability, -40, 7, 3), out, VoxelSize.UNIT, SETTINGS,
			new long[] { 16, 10, 12 }, new long[] { 4, 4, 4 }, EXECUTOR);
		assertArrayEquals(FlatArrays.longs(plain), FlatArrays.longs(shifted));
		boolean[] seen = new boolean[(int) n + 1];
		for (long id : FlatArrays.longs(plain))
			seen[(int) id] = true;
		for (int id = 1; id <= n; id++)
			assertTrue(seen[id], "id " + id + " unused");
	}

	@Test
	void perSectionBlocksKeepSectionsApart() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 24, 24, 6 }, 8, 2, 0.2, 9);
		var labels = ArrayImgs.unsignedLongs(24, 24, 6);
		BlockwiseWatershed.watershed(v.probability, labels, VoxelSize.UNIT, SETTINGS.withPerSection(true), new long[] { 12, 12, 3 },
			new long[] { 3, 3, 0 }, EXECUTOR);
		long[] l = FlatArrays.longs(labels);
		int plane = 24 * 24;
		for (int i = plane; i < l.length; i++)
			assertTrue(l[i] == 0 || l[i] != l[i - plane], "a supervoxel spans two sections at " + i);
	}

	@Test
	void aSingleBlockEqualsTheWholeVolume() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 16, 16, 16 }, 6, 2, 0.3, 1);
		var whole = ArrayImgs.unsignedLongs(16, 16, 16);
		long n = SeededWatershed.watershed(v.probability, whole, VoxelSize.UNIT, SETTINGS);
		var one = ArrayImgs.unsignedLongs(16, 16, 16);
		assertEquals(n, BlockwiseWatershed.watershed(v.probability, one, VoxelSize.UNIT, SETTINGS, new long[] { 16, 16, 16 },
			new long[] { 2, 2, 2 }, EXECUTOR));
		assertArrayEquals(FlatArrays.longs(whole), FlatArrays.longs(one));
	}
}
