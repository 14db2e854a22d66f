package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import connectomej.proofread.ReviewCandidate;
import connectomej.synapse.DetectedSynapse;
import ij.gui.Arrow;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;

class SectionOverlaysTest {

	/** 16 x 16 x 5: segment 1 left half, 2 right half; synapse 1 -> 2 at z 2; candidates at z 2 and 4. */
	private static FakeSession session() {
		long[] dims = { 16, 16, 5 };
		long[] labels = new long[16 * 16 * 5];
		for (int i = 0; i < labels.length; i++)
			labels[i] = i % 16 < 8 ? 1 : 2;
		FakeSession s = FakeSession.of(dims, new float[labels.length], labels);
		s.withSynapse(new DetectedSynapse(1, 7.5, 8, 2, 9, 0.9, 1, 2));
		s.withCandidate(new ReviewCandidate(1, new int[] { 3, 3, 2 }, 0.8, 0.3, 0.8));
		s.withCandidate(new ReviewCandidate(2, new int[] { 12, 12, 4 }, Double.NaN, 0.1, 0.2));
		return s;
	}

	private static Roi named(Overlay o, String prefix) {
		for (Roi r : o)
			if (r.getName() != null && r.getName().startsWith(prefix))
				return r;
		return null;
	}

	@Test
	void drawsSegmentsSynapsesAndCandidatesNearTheirSection() throws Exception {
		FakeSession s = session();
		ViewerState state = new ViewerState();
		SectionOverlays overlays = new SectionOverlays(s, state);
		Overlay at2 = overlays.forSection(2);
		ImageRoi colours = (ImageRoi) named(at2, "segments");
		assertEquals(state.opacity(), colours.getOpacity(), 1e-9);
		assertEquals(SegmentColours.rgb(2), colours.getProcessor().get(12, 5) & 0xffffff);
		Arrow arrow = (Arrow) named(at2, "synapse 1 1->2");
		assertTrue(arrow.x2 > arrow.x1, "arrow points from segment 1 (left) to 2 (right)");
		assertNotNull(named(at2, "merge candidate 1"));
		assertNotNull(named(at2, "uncertain 1"), "0.3 is the highest uncertainty of the queue");
		assertNull(named(at2, "uncertain 2"), "candidate 2 lies at z 4");
		Overlay at0 = overlays.forSection(0);
		assertNull(named(at0, "synapse"), "two sections from the cleft");
		assertNull(named(at0, "merge candidate"));
		assertNull(named(overlays.forSection(4), "uncertain 2"), "0.1 is below the median");
	}

	@Test
	void keepsAFewSectionsAndRedrawsAfterEdits() throws Exception {
		FakeSession s = session();
		ViewerState state = new ViewerState();
		SectionOverlays overlays = new SectionOverlays(s, state);
		for (int z : new int[] { 0, 1, 2, 3, 2 })
			overlays.forSection(z);
		assertEquals(List.of(1, 3, 2), overlays.cachedSections());
		assertEquals(4, s.labelReadsTotal(), "section 2 came from the cache the second time");
		state.setOpacity(0.9);
		assertEquals(0.9, ((ImageRoi) named(overlays.forSection(2), "segments")).getOpacity(), 1e-9);
		state.setPendingClick(new int[] { 4, 4, 2 });
		state.setCurrentCandidate(1);
		Overlay o = overlays.forSection(2);
		assertNotNull(named(o, "pending click"));
		assertNotNull(named(o, "current candidate"));
		assertNull(named(overlays.forSection(3), "pending click"), "pending click only on its own section");
		s.merge(1, 2);
		overlays.clear();
		ImageRoi merged = (ImageRoi) named(overlays.forSection(2), "segments");
		assertEquals(SegmentColours.rgb(1), merged.getProcessor().get(12, 5) & 0xffffff);
	}
}
