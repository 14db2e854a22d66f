package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SectionCleanupTest {

	@Test
	void strayBitsAreDroppedHolesFilledAndBigUnclaimedRegionsBecomeNewObjects() {
		long[] s = {
				1, 1, 1, 1, 2, 2, //
				1, 2, 1, 0, 2, 2, //
				1, 1, 1, 1, 2, 2, //
				0, 0, 0, 0, 0, 0, //
				0, 0, 0, 0, 0, 0 };
		assertEquals(4, SectionCleanup.resolve(s, 6, 5, 4, 3));
		assertArrayEquals(new long[] {
				1, 1, 1, 1, 2, 2, //
				1, 1, 1, 1, 2, 2, //
				1, 1, 1, 1, 2, 2, //
				3, 3, 3, 3, 3, 3, //
				3, 3, 3, 3, 3, 3 }, s);
	}

	@Test
	void bigBranchesOfOneObjectAreKept() {
		long[] s = {
				1, 1, 2, 1, 1, //
				1, 1, 2, 1, 1 };
		long[] before = s.clone();
		assertEquals(9, SectionCleanup.resolve(s, 5, 2, 4, 9));
		assertArrayEquals(before, s);
	}

	@Test
	void aSectionNobodyClaimedIsOneNewObject() {
		long[] s = new long[6];
		assertEquals(8, SectionCleanup.resolve(s, 3, 2, 10, 7));
		assertArrayEquals(new long[] { 7, 7, 7, 7, 7, 7 }, s);
	}
}
