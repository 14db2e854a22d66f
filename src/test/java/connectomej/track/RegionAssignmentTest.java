package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import connectomej.track.RegionAssignment.Secondary;

class RegionAssignmentTest {

	// next section: four regions of 3 x 2 voxels; the seed section had object 5 over regions 1 and 2, object 9 over 3
	private static final int[] REGIONS = {
			1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4,
			1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4 };
	private static final long[] SEEDS = {
			5, 5, 5, 5, 5, 5, 9, 9, 9, 0, 0, 0,
			5, 5, 5, 5, 5, 5, 9, 9, 9, 0, 0, 0 };

	@Test
	void aSeedKeepsItsBestRegionAndAnotherOnlyWhereItWas() {
		// the colours vote for object 5 in regions 1, 2 and 4 (region 4 most, but 5 was not there); for 9 in region 3
		long[] best = { 0, 5, 5, 9, 5 };
		double[] agreement = { 0, 0.8, 0.7, 0.9, 0.95 };
		long[] expected = { 0, 5, 5, 9, 0 };
		assertArrayEquals(expected, new RegionAssignment(0.5, Secondary.NEW_OBJECT).assign(best, agreement, REGIONS, SEEDS, 12, 0.6));
	}

	@Test
	void whenColoursAreTrustedASecondaryRegionWithoutOverlapKeepsItsVote() {
		long[] best = { 0, 5, 5, 9, 5 };
		double[] agreement = { 0, 0.8, 0.7, 0.9, 0.75 };
		long[] expected = { 0, 5, 5, 9, 5 };
		assertArrayEquals(expected, new RegionAssignment(0.5, Secondary.VOTE).assign(best, agreement, REGIONS, SEEDS, 12, 0.6));
	}

	@Test
	void aRegionTheColoursGotWrongGoesToTheObjectThatCoveredIt() {
		// region 2 votes for 9, less than 9's own region 3; region 1 votes weakly for 9: both go back to object 5
		long[] best = { 0, 9, 9, 9, 0 };
		double[] agreement = { 0, 0.4, 0.85, 0.9, 0 };
		long[] expected = { 0, 5, 5, 9, 0 };
		assertArrayEquals(expected, new RegionAssignment(0.5, Secondary.VOTE).assign(best, agreement, REGIONS, SEEDS, 12, 0.6));
	}

	@Test
	void aSecondaryRegionKeepsItsVoteOnlyIfItTouchesTheObjectsPrimaryRegion() {
		RegionAssignment touching = new RegionAssignment(0.5, Secondary.IF_TOUCHING);
		double[] agreement = { 0, 0.8, 0.7, 0.9, 0.75 };
		assertArrayEquals(new long[] { 0, 5, 5, 9, 9 }, touching.assign(new long[] { 0, 5, 5, 9, 9 }, agreement, REGIONS, SEEDS, 12, 0.6));
		assertArrayEquals(new long[] { 0, 5, 5, 9, 0 }, touching.assign(new long[] { 0, 5, 5, 9, 5 }, agreement, REGIONS, SEEDS, 12, 0.6));
	}

	@Test
	void aConfidentVoteOutranksTheSeedOverlap() {
		// object 9 moved: region 2, covered by 5 in the seed section, votes for 9 with agreement 0.95; region 4 for 5
		long[] best = { 0, 5, 9, 9, 5 };
		double[] agreement = { 0, 0.9, 0.95, 0.97, 0.85 };
		assertArrayEquals(new long[] { 0, 5, 5, 9, 0 }, new RegionAssignment(0.5, Secondary.NEW_OBJECT).assign(best, agreement, REGIONS, SEEDS, 12, 0.6),
				"without: the overlap decides region 2, and region 4 is new");
		assertArrayEquals(new long[] { 0, 5, 9, 9, 0 }, new RegionAssignment(0.5, Secondary.NEW_OBJECT, 0.9).assign(best, agreement, REGIONS, SEEDS, 12, 0.6),
				"with 0.9: region 2 takes its vote, region 4's 0.85 is not confident");
	}

	@Test
	void regionsTouchAcrossRowsButNotAcrossTheRowEnd() {
		int[] regions = {
				1, 2, 2, //
				3, 3, -1 };
		assertTrue(RegionAssignment.touching(1, 3, regions, 3));
		assertTrue(RegionAssignment.touching(2, 1, regions, 3), "a boundary voxel (-1) counts for its region");
		assertFalse(RegionAssignment.touching(2, 3, new int[] { 1, 2, 3, 1 }, 2), "x = 1 of row 0 and x = 0 of row 1 are not neighbours");
	}

	@Test
	void anObjectLeftWithoutARegionAdoptsANewObjectRegionItCovered() {
		// object 9 covered a third of region 3, whose colours agree with no word: 9 would be lost, so it adopts region 3
		long[] seeds = {
				5, 5, 5, 5, 5, 5, 9, 0, 0, 0, 0, 0,
				5, 5, 5, 5, 5, 5, 9, 0, 0, 0, 0, 0 };
		long[] best = { 0, 5, 5, 5, 0 };
		double[] agreement = { 0, 0.9, 0.8, 0.3, 0 };
		assertArrayEquals(new long[] { 0, 5, 5, 9, 0 }, new RegionAssignment(0.5, Secondary.NEW_OBJECT).assign(best, agreement, REGIONS, seeds, 12, 0.6));
	}

	@Test
	void byThresholdOnlyDropsWeakVotes() {
		assertArrayEquals(new long[] { 0, 5, 0 }, RegionAssignment.byThreshold(new long[] { 0, 5, 9 }, new double[] { 0, 0.7, 0.5 }, 0.6));
	}
}
