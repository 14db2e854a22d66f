package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;

class ReseededSectionsTest {

	/** A tracker that returns the same labels at every step, whatever it is given. */
	private static SectionTracker fixed(long[] labels) {
		return (seeds, seedEm, nextEm, width, height) -> labels;
	}

	/**
	 * Reference section (x 0-5, one row): pieces 7 7 7 | 8 8 | 9. The tracked labels cover 7's piece with object 1 (2 of
	 * its 3 voxels), half of 8's with object 1 and half with object 3 (the tie goes to the smaller id), and leave 9's
	 * unlabelled.
	 */
	private static final long[] REFERENCE = { 7, 7, 7, 8, 8, 9 };
	private static final long[] TRACKED = { 1, 1, 2, 1, 3, 0 };

	private static long[] reseed(int every, double share, boolean mutual, boolean keep, int steps) {
		long[] volume = new long[6 * 3];
		for (int z = 0; z < 3; z++)
			System.arraycopy(REFERENCE, 0, volume, 6 * z, 6);
		var reference = ArrayImgs.longs(volume, 6, 1, 3);
		var tracker = new ReseededSections(fixed(TRACKED), reference, every, share, mutual, keep);
		long[] out = null;
		for (int s = 0; s < steps; s++)
			out = tracker.propagate(new long[6], new float[6], new float[6], 6, 1);
		return out;
	}

	@Test
	void piecesTakeTheObjectCoveringThemAndTheRestStartNewObjects() {
		long[] out = reseed(1, 0.5, false, false, 1);
		assertArrayEquals(new long[] { 1, 1, 1, 1, 1 }, java.util.Arrays.copyOf(out, 5));
		assertNotEquals(0, out[5]);
		assertNotEquals(1, out[5]);
	}

	@Test
	void mutualJoiningGivesAnObjectOnlyItsLargestPiece() {
		long[] out = reseed(1, 0.5, true, false, 1);
		assertEquals(1, out[0]);
		assertEquals(1, out[1]);
		assertEquals(1, out[2]);
		assertNotEquals(1, out[3], "the smaller piece that object 1 covers starts a new object");
		assertEquals(out[3], out[4]);
	}

	@Test
	void aShareAboveTheCoverStartsANewObject() {
		long[] out = reseed(1, 0.9, false, false, 1);
		assertNotEquals(1, out[0], "object 1 covers only 2 of the 3 voxels of the first piece");
		assertEquals(out[0], out[2]);
		assertNotEquals(out[0], out[3], "each unjoined piece is an object of its own");
		assertEquals(out[3], out[4]);
	}

	@Test
	void unlinkedPiecesCanKeepTheTrackersLabels() {
		assertArrayEquals(new long[] { 1, 1, 1, 1, 3, 0 }, reseed(1, 0.5, true, true, 1));
	}

	@Test
	void onlyEveryNthSectionIsReseeded() {
		assertSame(TRACKED, reseed(2, 0.5, false, false, 1));
		assertEquals(1, reseed(2, 0.5, false, false, 2)[2]);
	}
}
