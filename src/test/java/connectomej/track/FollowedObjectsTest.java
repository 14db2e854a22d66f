package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;

class FollowedObjectsTest {

	private static final long[] GT = {
			1, 1, 2, 2, // z = 0
			1, 1, 2, 2, // z = 1
			1, 0, 0, 3 }; // z = 2: object 2 has ended

	@Test
	void perfectTrackingFollowsEveryObject() {
		var tracked = ArrayImgs.unsignedLongs(new long[] { 5, 5, 6, 6, 5, 5, 6, 6, 5, 6, 6, 7 }, 4, 1, 3);
		assertEquals(new FollowedObjects(2, 2, 1, 1), FollowedObjects.count(tracked, ArrayImgs.unsignedLongs(GT, 4, 1, 3), 1, 0.8));
	}

	@Test
	void aMergeCostsBothObjects() {
		var tracked = ArrayImgs.unsignedLongs(new long[] { 5, 5, 6, 6, 5, 5, 5, 5, 5, 5, 5, 7 }, 4, 1, 3);
		assertEquals(new FollowedObjects(2, 0, 1, 0), FollowedObjects.count(tracked, ArrayImgs.unsignedLongs(GT, 4, 1, 3), 1, 0.8));
	}

	@Test
	void aSplitOfOneObjectCostsOnlyThatObject() {
		var tracked = ArrayImgs.unsignedLongs(new long[] { 5, 5, 6, 6, 5, 8, 6, 6, 5, 6, 6, 7 }, 4, 1, 3);
		assertEquals(new FollowedObjects(2, 1, 1, 0), FollowedObjects.count(tracked, ArrayImgs.unsignedLongs(GT, 4, 1, 3), 1, 0.8));
	}

	@Test
	void theFateNamesTheSectionOfTheFirstFailure() {
		var tracked = ArrayImgs.unsignedLongs(new long[] { 5, 5, 6, 6, 5, 8, 6, 6, 5, 6, 6, 7 }, 4, 1, 3);
		var fates = FollowedObjects.fates(tracked, ArrayImgs.unsignedLongs(GT, 4, 1, 3), 1, 0.8);
		assertEquals(new FollowedObjects.Fate(5, 1, true), fates.get(1L));
		assertEquals(new FollowedObjects.Fate(6, -1, false), fates.get(2L));
	}
}
