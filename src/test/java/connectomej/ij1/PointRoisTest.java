package connectomej.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import connectomej.io.CsvTable;
import connectomej.merge.MergeCandidate;
import connectomej.synapse.DetectedSynapse;
import ij.gui.PointRoi;
import ij.gui.Roi;
import ij.measure.ResultsTable;

/** Point ROIs and ResultsTables as plain objects: no display, no ROI Manager. */
class PointRoisTest {

	@Test
	void oneNamedPointPerSynapseOnItsSlice() {
		List<DetectedSynapse> synapses = List.of(new DetectedSynapse(1, 10.4, 20.6, 2.5, 100, 0.9, 41, 31),
				new DetectedSynapse(2, 0, 3, 0.49, 50, 0.5, 0, 0));
		Roi[] rois = PointRois.synapses(synapses).toArray();
		assertEquals(2, rois.length);
		assertPoint(rois[0], 10, 21, 4, "synapse 1: 41->31");
		assertPoint(rois[1], 0, 3, 1, "synapse 2: 0->0");
	}

	@Test
	void oneNamedPointPerMergeCandidateInRankOrder() {
		List<MergeCandidate> candidates = List.of(new MergeCandidate(17, new int[] { 5, 6, 7 }, 0.93456, 4, 1000),
				new MergeCandidate(3, new int[] { 0, 1, 0 }, 0.2, 2, 500));
		Roi[] rois = PointRois.mergeCandidates(candidates).toArray();
		assertEquals(2, rois.length);
		assertPoint(rois[0], 5, 6, 8, "merge 1: object 17 (score 0.935)");
		assertPoint(rois[1], 0, 1, 1, "merge 2: object 3 (score 0.200)");
	}

	@Test
	void tablesKeepNumbersAndText() {
		ResultsTable t = ResultsTables.of(new CsvTable(List.of("id", "score", "note"),
				List.of(List.of(7, 0.123456789, "a"), List.of(8, 2.5, "b"))));
		assertEquals(2, t.size());
		assertEquals(0.123456789, t.getValue("score", 0), 1e-12);
		assertEquals(8, t.getValue("id", 1));
		assertEquals("b", t.getStringValue("note", 1));
	}

	private static void assertPoint(Roi roi, int x, int y, int slice, String name) {
		assertEquals(PointRoi.class, roi.getClass());
		assertEquals(1, ((PointRoi) roi).size());
		assertEquals(x, roi.getFloatPolygon().xpoints[0], 1e-9);
		assertEquals(y, roi.getFloatPolygon().ypoints[0], 1e-9);
		assertEquals(slice, roi.getPosition());
		assertEquals(name, roi.getName());
	}
}
