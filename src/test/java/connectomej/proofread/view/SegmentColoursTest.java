package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SegmentColoursTest {

	@Test
	void backgroundIsBlackAndIdsCycleThroughTheTable() {
		assertEquals(0, SegmentColours.rgb(0));
		for (long id = 1; id < 600; id++) {
			assertNotEquals(0, SegmentColours.rgb(id), "id " + id);
			assertNotEquals(SegmentColours.rgb(id), SegmentColours.rgb(id + 1), "neighbouring ids " + id);
			assertEquals(SegmentColours.rgb(id), SegmentColours.rgb(id + 255));
		}
	}

	@Test
	void paintsASectionLikeItsIds() {
		int[] painted = (int[]) SegmentColours.paint(new long[] { 0, 3, 3, 9 }, 2, 2).getPixels();
		int c3 = SegmentColours.rgb(3), c9 = SegmentColours.rgb(9);
		assertArrayEquals(new int[] { 0, c3, c3, c9 }, new int[] { painted[0] & 0xffffff, painted[1] & 0xffffff,
			painted[2] & 0xffffff, painted[3] & 0xffffff });
	}
}
