package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

class SupervoxelVoteTest {

	/** Two sections of 4 x 2; supervoxel 1 is the left half, 2 the right half, 0 the last column of section 1. */
	private static final long[] SUPERVOXELS = {
			1, 1, 2, 2,
			1, 1, 2, 2,

			1, 1, 2, 0,
			1, 1, 2, 0 };

	@Test
	void eachSupervoxelTakesTheLabelOfMostOfItsVoxels() {
		long[] labels = {
				5, 5, 7, 7,
				5, 9, 7, 7,

				5, 0, 7, 4,
				9, 5, 5, 0 };
		var snapped = ArrayImgs.unsignedLongs(labels, 4, 2, 2);
		SupervoxelVote.snap(snapped, ArrayImgs.unsignedLongs(SUPERVOXELS, 4, 2, 2));
		assertArrayEquals(new long[] {
				5, 5, 7, 7,
				5, 5, 7, 7,

				5, 5, 7, 4,
				5, 5, 7, 0 }, labels, "0 does not vote; voxels of supervoxel 0 keep their labels");
	}

	@Test
	void aTieGoesToTheLowestLabelAndAnUnlabelledSupervoxelStaysUnlabelled() {
		long[] labels = {
				6, 6, 0, 0,
				3, 3, 0, 0,

				6, 3, 0, 1,
				3, 6, 0, 1 };
		SupervoxelVote.snap(ArrayImgs.unsignedLongs(labels, 4, 2, 2), ArrayImgs.unsignedLongs(SUPERVOXELS, 4, 2, 2));
		assertArrayEquals(new long[] {
				3, 3, 0, 0,
				3, 3, 0, 0,

				3, 3, 0, 1,
				3, 3, 0, 1 }, labels);
	}

	@Test
	void anOffsetIntervalIsSnappedVoxelForVoxel() {
		long[] labels = { 5, 9, 7, 7, 5, 5, 7, 8, 5, 0, 7, 4, 9, 5, 5, 0 };
		long[] expected = { 5, 5, 7, 7, 5, 5, 7, 7, 5, 5, 7, 4, 5, 5, 7, 0 };
		long[] offset = { 10, -3, 2 };
		var moved = Views.translate(ArrayImgs.unsignedLongs(labels, 4, 2, 2), offset);
		SupervoxelVote.snap(moved, Views.translate(ArrayImgs.unsignedLongs(SUPERVOXELS, 4, 2, 2), offset));
		assertArrayEquals(expected, labels);
	}

	@Test
	void onRandomVolumesEachSupervoxelHoldsItsMajority() {
		var random = new java.util.Random(7);
		long[] labels = new long[12 * 10 * 6], supervoxels = new long[labels.length];
		for (int i = 0; i < labels.length; i++) {
			supervoxels[i] = (i % 12) / 4 + 3 * ((i / 12 % 10) / 5) + 1; // six columns of 4 x 5 voxels
			labels[i] = random.nextInt(10) < 6 ? supervoxels[i] * 10 : random.nextInt(4); // a clear majority, noise and zeros
		}
		SupervoxelVote.snap(ArrayImgs.unsignedLongs(labels, 12, 10, 6), ArrayImgs.unsignedLongs(supervoxels, 12, 10, 6));
		for (int i = 0; i < labels.length; i++)
			assertEquals(supervoxels[i] * 10, labels[i], "voxel " + i);
	}

	@Test
	void intervalsThatDifferAreRefused() {
		var labels = ArrayImgs.unsignedLongs(4, 2, 2);
		assertThrows(IllegalArgumentException.class, () -> SupervoxelVote.snap(labels, ArrayImgs.unsignedLongs(4, 2, 1)));
		assertThrows(IllegalArgumentException.class,
				() -> SupervoxelVote.snap(labels, Views.translate(ArrayImgs.unsignedLongs(4, 2, 2), 1, 0, 0)));
	}
}
