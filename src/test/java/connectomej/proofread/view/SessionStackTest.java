package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import ij.ImagePlus;
import ij.gui.ImageRoi;

/** The virtual stack over a large session, without a window: ImageJ reads only the sections it shows. */
class SessionStackTest {

	@Test
	void scrollingALargeVolumeReadsOnlyTheShownSections() {
		FakeSession session = LargeVolumes.session();
		SectionOverlays overlays = new SectionOverlays(session, new ViewerState());
		ImagePlus imp = new ImagePlus("large", new SessionStack(session, overlays));
		for (int slice : new int[] { 50, 51, 52, 90 })
			imp.setSlice(slice);
		Set<Integer> shown = Set.of(0, 49, 50, 51, 89);
		assertTrue(shown.containsAll(session.rawReads.keySet()), "raw sections read: " + session.rawReads.keySet());
		assertTrue(shown.containsAll(session.labelReads.keySet()), "label sections read: " + session.labelReads.keySet());
		assertTrue(session.rawReadsTotal() <= 2 * shown.size(), "each shown section read at most twice");
		assertEquals(SectionOverlays.CACHED_SECTIONS, overlays.cachedSections().size());
		assertEquals(89, imp.getCurrentSlice() - 1);
		assertTrue(imp.getOverlay().get(0) instanceof ImageRoi, "segment colours on the shown section");
	}

	@Test
	void eightBitDisplayKeepsOneContrast() {
		FakeSession session = LargeVolumes.session();
		SessionStack stack = new SessionStack(session, new SectionOverlays(session, new ViewerState()));
		GreyScale first = stack.greyScale();
		stack.getProcessor(100);
		assertEquals(first, stack.greyScale());
		assertEquals(8, stack.getProcessor(2).getBitDepth());
	}
}
