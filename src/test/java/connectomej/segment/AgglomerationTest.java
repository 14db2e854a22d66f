package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

class AgglomerationTest {

	private static final int[] ROW_OF_6 = { 6, 1, 1 };

	@Test
	void graphCountsFacesAndBoundaryVoxels() {
		long[] labels = {
			1, 1, 0, 2,
			1, 3, 3, 2 };
		float[] p = {
			0.1f, 0.3f, 0.9f, 0.2f,
			0.5f, 0.4f, 0.6f, 0.1f };
		RegionGraph g = RegionGraph.build(labels, p, new int[] { 4, 2, 1 });
		assertEquals(3, g.regionCount());
		assertEquals(3, g.size(g.regionOf(1)));
		EdgeStatistics e = g.edges();
		assertEquals(3, e.count());
		// the 0 voxel (0.9) touches 1, 2 and 3; 1-3 also has faces (1,0)-(1,1) mean 0.35 and (0,1)-(1,1) mean 0.45;
		// 3-2 also has the face (2,1)-(3,1) mean 0.35
		int e13 = edgeBetween(g, 1, 3), e12 = edgeBetween(g, 1, 2), e32 = edgeBetween(g, 3, 2);
		assertEquals(3, e.area(e13));
		assertEquals((0.35 + 0.45 + 0.9) / 3, e.mean(e13), 1e-6);
		assertEquals(1, e.area(e12));
		assertEquals(0.9, e.mean(e12), 1e-6);
		assertEquals((0.35 + 0.9) / 2, e.mean(e32), 1e-6);
	}

	@Test
	void mergesLowestBoundaryFirstUpToTheThreshold() {
		long[] labels = { 1, 1, 2, 2, 3, 3 };
		float[] p = { 0, 0.2f, 0.2f, 0.7f, 0.7f, 0 };
		RegionGraph g = RegionGraph.build(labels, p, ROW_OF_6);
		Agglomeration.Result r = Agglomeration.merge(g, AgglomerationSettings.threshold(0.5));
		assertEquals(2, r.segmentCount());
		assertArrayEquals(new long[] { 1, 1, 1, 1, 2, 2 }, Agglomeration.relabel(labels, g, r.segmentOfRegion()));
		assertEquals(1, r.history().count());
		assertEquals(0.2, r.history().score(0), 1e-6);
		g = RegionGraph.build(labels, p, ROW_OF_6);
		assertEquals(1, Agglomeration.merge(g, AgglomerationSettings.threshold(0.75)).segmentCount());
	}

	@Test
	void parallelEdgesAreCombinedAfterAMerge() {
		// 1 and 2 merge at 0.1; then (1+2)-3 has two faces 0.2 and 0.35 (area 1 each): mean 0.275
		long[] labels = {
			1, 2,
			3, 3 };
		float[] p = {
			0.1f, 0.1f,
			0.3f, 0.6f };
		RegionGraph g = RegionGraph.build(labels, p, new int[] { 2, 2, 1 });
		Agglomeration.Result below = Agglomeration.merge(g, AgglomerationSettings.threshold(0.27));
		assertEquals(2, below.segmentCount());
		g = RegionGraph.build(labels, p, new int[] { 2, 2, 1 });
		Agglomeration.Result at = Agglomeration.merge(g, AgglomerationSettings.threshold(0.28));
		assertEquals(1, at.segmentCount());
		assertEquals(0.275, at.history().score(1), 1e-6);
	}

	@Test
	void quantilesComeFromTheHistogram() {
		long[] labels = { 1, 1, 2, 2, 2, 2 };
		RegionGraph g = RegionGraph.build(labels, new float[] { 0, 0.1f, 0.9f, 0, 0, 0 }, ROW_OF_6);
		// one face between (1, 0) at 0.1 and (2, 0) at 0.9: sample 0.5
		assertEquals(0.5, g.edges().mean(0), 1e-6);
		assertEquals(0.5, EdgeScore.MEDIAN.of(g.edges(), 0), 1.0 / EdgeStatistics.BINS);
	}

	@Test
	void smallObjectsJoinTheirBestNeighbourOrAreDropped() {
		long[] labels = {
			1, 1, 1, 2, 3, 3,
			1, 1, 1, 3, 3, 3,
			0, 0, 0, 0, 0, 0,
			0, 0, 0, 0, 0, 0,
			4, 0, 0, 5, 5, 5 };
		float[] p = new float[labels.length];
		java.util.Arrays.fill(p, 0.5f);
		p[2] = 1;
		p[3] = 0.9f;
		RegionGraph g = RegionGraph.build(labels, p, new int[] { 6, 5, 1 });
		Agglomeration.Result r = Agglomeration.merge(g, AgglomerationSettings.threshold(0.4).withMinSize(2));
		long[] seg = Agglomeration.relabel(labels, g, r.segmentOfRegion());
		// 2 (1 voxel) joins 3 (edge 0.9) rather than 1 (edge 1.0); 4 (1 voxel) touches no region and is dropped
		assertEquals(seg[4], seg[3]);
		assertTrue(seg[2] != seg[3]);
		assertEquals(0, seg[24]);
		assertTrue(seg[27] > 0);
		assertEquals(3, r.segmentCount());
	}

	@Test
	void viewApiOnAnOffsetInterval() {
		var sv = ArrayImgs.unsignedLongs(new long[] { 1, 1, 2, 2, 3, 3 }, 6, 1, 1);
		var prob = ArrayImgs.floats(new float[] { 0, 0.2f, 0.2f, 0.7f, 0.7f, 0 }, 6, 1, 1);
		var out = ArrayImgs.unsignedLongs(6, 1, 1);
		assertEquals(2, Agglomeration.agglomerate(Views.translate(sv, 3, 4, 5), Views.translate(prob, 3, 4, 5),
			Views.translate(out, 3, 4, 5), AgglomerationSettings.threshold(0.5)));
		assertArrayEquals(new long[] { 1, 1, 1, 1, 2, 2 }, FlatArrays.longs(out));
	}

	@Test
	void agglomerationLinksPerSectionSupervoxelsAcrossSections() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 32, 32, 8 }, 6, 1.5, 0.2, 13);
		var sv = ArrayImgs.unsignedLongs(32, 32, 8);
		long n = SeededWatershed.watershed(v.probability, sv, connectomej.volume.VoxelSize.UNIT,
			WatershedSettings.threshold(0.3).withPerSection(true));
		var seg = ArrayImgs.unsignedLongs(32, 32, 8);
		long m = Agglomeration.agglomerate(sv, v.probability, seg, AgglomerationSettings.threshold(0.5));
		assertTrue(m < n / 4, n + " 2D supervoxels -> " + m + " segments");
		double before = connectomej.metrics.SegmentationScores.evaluate(sv, v.cells).voi().sum();
		double after = connectomej.metrics.SegmentationScores.evaluate(seg, v.cells).voi().sum();
		assertTrue(after < before / 2, "VI " + before + " -> " + after);
	}

	private static int edgeBetween(RegionGraph g, long a, long b) {
		int ra = g.regionOf(a), rb = g.regionOf(b);
		for (int e = 0; e < g.edges().count(); e++)
			if (Math.min(ra, rb) == g.edges().regionA(e) && Math.max(ra, rb) == g.edges().regionB(e))
				return e;
		throw new AssertionError("no edge " + a + "-" + b);
	}
}
