package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClickControllerTest {

	private static final long[] DIMS = { 6, 4, 1 };

	private static FakeSession session() {
		long[] labels = {
			1, 1, 1, 2, 2, 2,
			1, 1, 1, 2, 2, 2,
			3, 3, 3, 2, 2, 2,
			3, 3, 3, 0, 0, 0 };
		return FakeSession.of(DIMS, new float[labels.length], labels);
	}

	@Test
	void mergeModeJoinsTheSecondSegmentIntoTheFirst() throws Exception {
		FakeSession s = session();
		ViewerState state = new ViewerState();
		ClickController clicks = new ClickController(s, state);
		state.setMode(EditMode.MERGE);
		assertTrue(clicks.click(0, 0, 0));
		assertArrayEquals(new int[] { 0, 0, 0 }, state.pendingClick());
		assertTrue(clicks.click(4, 2, 0));
		assertNull(state.pendingClick());
		assertEquals("merged 2 into 1", state.message());
		assertArrayEquals(new long[] {
			1, 1, 1, 1, 1, 1,
			1, 1, 1, 1, 1, 1,
			3, 3, 3, 1, 1, 1,
			3, 3, 3, 0, 0, 0 }, s.labelSection(0));
	}

	@Test
	void splitModeSplitsBetweenTwoSeeds() throws Exception {
		FakeSession s = session();
		ViewerState state = new ViewerState();
		ClickController clicks = new ClickController(s, state);
		state.setMode(EditMode.SPLIT);
		clicks.click(3, 0, 0);
		clicks.click(5, 2, 0);
		assertEquals("split 2: new segment 4", state.message());
		assertArrayEquals(new long[] {
			1, 1, 1, 2, 2, 2,
			1, 1, 1, 2, 2, 4,
			3, 3, 3, 2, 4, 4,
			3, 3, 3, 0, 0, 0 }, s.labelSection(0));
	}

	@Test
	void refusalsLeaveTheLabelsAlone() throws Exception {
		FakeSession s = session();
		ViewerState state = new ViewerState();
		ClickController clicks = new ClickController(s, state);
		assertFalse(clicks.click(0, 0, 0), "navigate mode leaves clicks to ImageJ");
		state.setMode(EditMode.SPLIT);
		clicks.click(4, 3, 0);
		assertNull(state.pendingClick(), "background is no seed");
		clicks.click(0, 0, 0);
		clicks.click(0, 3, 0);
		assertEquals("split: seed B lies in segment 3, not in 1", state.message());
		state.setMode(EditMode.MERGE);
		clicks.click(0, 0, 0);
		clicks.click(1, 1, 0);
		assertEquals("merge: both clicks are on segment 1", state.message());
		assertFalse(clicks.click(6, 0, 0), "outside the volume");
		assertArrayEquals(session().labelSection(0), s.labelSection(0));
	}
}
