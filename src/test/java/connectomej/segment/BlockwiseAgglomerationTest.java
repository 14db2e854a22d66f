package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

class BlockwiseAgglomerationTest {

	private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);

	@AfterAll
	static void shutdown() {
		EXECUTOR.shutdownNow();
	}

	/** Random labels 0..99 in runs (so regions touch and 0 voxels sit between them). */
	private static long[] randomLabels(int n, long seed) {
		Random r = new Random(seed);
		long[] l = new long[n];
		for (int i = 0; i < n; i++)
			l[i] = i > 0 && r.nextDouble() < 0.6 ? l[i - 1] : r.nextInt(100);
		return l;
	}

	@Test
	void blockPartsCombineIntoTheWholeGraph() {
		int[] dims = { 11, 9, 7 };
		long[] labels = randomLabels(11 * 9 * 7, 3);
		float[] p = new float[labels.length];
		Random r = new Random(4);
		for (int i = 0; i < p.length; i++)
			p[i] = r.nextFloat();
		RegionGraph whole = RegionGraph.build(labels, p, dims);
		var sv = Views.translate(ArrayImgs.unsignedLongs(labels, 11, 9, 7), 100, -5, 2);
		var prob = Views.translate(ArrayImgs.floats(p, 11, 9, 7), 100, -5, 2);
		List<RegionGraph> parts = new ArrayList<>();
		for (Block b : Blocks.grid(sv, new long[] { 4, 5, 3 }, new long[3]))
			parts.add(RegionGraph.ofBlock(sv, prob, b.core()));
		RegionGraph combined = RegionGraph.combine(parts);
		assertTrue(whole.regionCount() > 64, "more regions than the initial capacity: " + whole.regionCount());
		assertEquals(whole.regionCount(), combined.regionCount());
		assertEquals(whole.edges().count(), combined.edges().count());
		for (int r2 = 0; r2 < whole.regionCount(); r2++)
			assertEquals(whole.size(r2), combined.size(combined.regionOf(whole.label(r2))));
		for (int e = 0; e < whole.edges().count(); e++) {
			int c = find(combined, whole.label(whole.edges().regionA(e)), whole.label(whole.edges().regionB(e)));
			assertEquals(whole.edges().area(e), combined.edges().area(c));
			assertEquals(whole.edges().mean(e), combined.edges().mean(c), 1e-9);
			assertEquals(whole.edges().quantile(e, 0.9), combined.edges().quantile(c, 0.9), 1e-9);
		}
	}

	@Test
	void blockwiseAgglomerationEqualsWholeVolume() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 24, 20, 16 }, 8, 1.5, 0.5, 8);
		var sv = ArrayImgs.unsignedLongs(24, 20, 16);
		SeededWatershed.watershed(v.probability, sv, connectomej.volume.VoxelSize.UNIT, WatershedSettings.threshold(0.15));
		AgglomerationSettings settings = AgglomerationSettings.threshold(0.5).withMinSize(20);
		var whole = ArrayImgs.unsignedLongs(24, 20, 16);
		long n = Agglomeration.agglomerate(sv, v.probability, whole, settings);
		var blocks = ArrayImgs.unsignedLongs(24, 20, 16);
		long m = BlockwiseAgglomeration.agglomerate(Views.translate(sv, 7, 7, 7), Views.translate(v.probability, 7, 7, 7),
			Views.translate(blocks, 7, 7, 7), settings, new long[] { 10, 8, 6 }, EXECUTOR).segmentCount();
		assertEquals(n, m);
		assertTrue(n > 2, n + " segments");
		var vi = connectomej.metrics.VariationOfInformation.of(connectomej.metrics.ContingencyTables.of(blocks, whole));
		assertEquals(0, vi.sum(), 1e-12, "the same partition");
	}

	private static int find(RegionGraph g, long a, long b) {
		int ra = g.regionOf(a), rb = g.regionOf(b);
		for (int e = 0; e < g.edges().count(); e++)
			if (Math.min(ra, rb) == g.edges().regionA(e) && Math.max(ra, rb) == g.edges().regionB(e))
				return e;
		throw new AssertionError("no edge " + a + "-" + b);
	}
}
