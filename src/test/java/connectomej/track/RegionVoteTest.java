package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RegionVoteTest {

	// two objects side by side, 6 x 2 voxels; the next section has the same two regions
	private static final long[] SEEDS = {
			5, 5, 5, 9, 9, 9,
			5, 5, 5, 9, 9, 9 };
	private static final int[] REGIONS = {
			1, 1, 1, 2, 2, 2,
			1, 1, 1, 2, 2, 2 };
	private static final int VOXELS = SEEDS.length;

	private final CodeBook code = CodeBook.random(new long[] { 5, 9 }, 2, 3, 0, new Random(1));

	@Test
	void regionVoteRecoversTuplesThatPerVoxelDecodingGetsWrongEverywhere() {
		float[][] p = noisy(true);
		long[] perVoxel = RegionVote.perVoxel(p, code, VOXELS);
		for (int i = 0; i < VOXELS; i++)
			assertNotEquals(SEEDS[i], perVoxel[i], "voxel " + i + " has one wrong digit, so its tuple is not its word");
		assertArrayEquals(SEEDS, RegionVote.decode(p, code, REGIONS, SEEDS, 0.6));
	}

	@Test
	void aRegionAgreeingWithNoWordWellEnoughStartsANewObject() {
		// each region agrees with its word on 2 of 3 digits per voxel: 0.67 < 0.7
		assertArrayEquals(new long[VOXELS], RegionVote.decode(noisy(true), code, REGIONS, SEEDS, 0.7));
	}

	@Test
	void voxelsOutsideRegionsAreDecodedOneByOne() {
		int[] noRegions = new int[VOXELS];
		assertArrayEquals(SEEDS, RegionVote.decode(noisy(false), code, noRegions, SEEDS, 0.6));
	}

	@Test
	void withFewObjectsARegionIsDecodedToAWordEvenIfNoSeedLiesUnderIt() {
		long[] elsewhere = { 5, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		long[] out = RegionVote.decode(noisy(true), code, REGIONS, elsewhere, 0.6);
		assertEquals(5, out[0]);
		assertEquals(9, out[VOXELS - 1]);
	}

	@Test
	void boundaryVoxelsTakeTheirRegionsObjectWithoutVoting() {
		// the colours of x = 1, 2 say object 9; there region 1 is boundary (-1), so only x = 0 votes: all of it is 5
		int[] regions = {
				1, -1, -1, 2, 2, 2,
				1, -1, -1, 2, 2, 2 };
		long[] painted = {
				5, 9, 9, 9, 9, 9,
				5, 9, 9, 9, 9, 9 };
		float[][] p = oneHot(painted);
		assertArrayEquals(SEEDS, RegionVote.decode(p, code, regions, SEEDS, 0.6));
		int[] allVote = { 1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2 };
		assertEquals(9, RegionVote.decode(p, code, allVote, SEEDS, 0.6)[0], "with every voxel voting, 9 wins region 1");
	}

	@Test
	void aRegionOfBoundaryVoxelsOnlyIsVotedByAllOfThem() {
		int[] regions = { -1, -1, -1, 2, 2, 2, -1, -1, -1, 2, 2, 2 };
		assertArrayEquals(SEEDS, RegionVote.decode(oneHot(SEEDS), code, regions, SEEDS, 0.6));
	}

	@Test
	void anAssignmentResolvesTheVotes() {
		// both regions vote for 5; 9 covered region 2 in the seed section, so region 2 goes back to 9
		long[] painted = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 };
		long[] out = RegionVote.decode(oneHot(painted), code, REGIONS, SEEDS, 0.6, 2, new RegionAssignment(0.5, RegionAssignment.Secondary.VOTE), 6);
		assertArrayEquals(SEEDS, out);
	}

	private float[][] oneHot(long[] objects) {
		float[][] p = new float[3][2 * VOXELS];
		for (int d = 0; d < 3; d++)
			for (int i = 0; i < VOXELS; i++)
				p[d][code.colour(objects[i], d) * VOXELS + i] = 1;
		return p;
	}

	/** One-hot colour probabilities of the seeds' words; with noise, voxel i has digit i % 3 flipped. */
	private float[][] noisy(boolean noise) {
		float[][] p = new float[3][2 * VOXELS];
		for (int d = 0; d < 3; d++)
			for (int i = 0; i < VOXELS; i++) {
				int c = code.colour(SEEDS[i], d);
				if (noise && i % 3 == d)
					c = 1 - c;
				p[d][c * VOXELS + i] = 1;
			}
		return p;
	}
}
