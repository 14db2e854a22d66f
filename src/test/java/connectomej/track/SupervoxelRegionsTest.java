package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import net.imglib2.FinalInterval;
import net.imglib2.img.array.ArrayImgs;

class SupervoxelRegionsTest {

	// two 4 x 2 sections of supervoxels 7, 9 and 0 (none); the second section holds only supervoxel 9 and 3
	private static final long[] SUPERVOXELS = { //
			7, 7, 9, 9, //
			0, 7, 9, 9, //
			3, 3, 9, 9, //
			3, 3, 9, 9 };

	private static final float[] PROBABILITY = { //
			0.1f, 0.6f, 0.1f, 0.1f, //
			0.1f, 0.1f, 0.1f, 0.9f, //
			0, 0, 0, 0, //
			0, 0, 0, 0 };

	@Test
	void aSectionsRegionsAreItsSupervoxelsNumberedFromOne() {
		var regions = new SupervoxelRegions(ArrayImgs.unsignedLongs(SUPERVOXELS, 4, 2, 2), null, 2);
		assertArrayEquals(new int[] { 1, 1, 2, 2, 0, 1, 2, 2 }, regions.regions(0, null, 4, 2));
		assertArrayEquals(new int[] { 1, 1, 2, 2, 1, 1, 2, 2 }, regions.regions(1, null, 4, 2));
	}

	@Test
	void boundaryVoxelsKeepTheirRegionWithoutAVote() {
		var regions = new SupervoxelRegions(ArrayImgs.unsignedLongs(SUPERVOXELS, 4, 2, 2), ArrayImgs.floats(PROBABILITY, 4, 2, 2), 0.5);
		assertArrayEquals(new int[] { 1, -1, 2, 2, 0, 1, 2, -2 }, regions.regions(0, null, 4, 2));
	}

	@Test
	void aCropReadsTheSameSupervoxels() {
		var regions = new SupervoxelRegions(ArrayImgs.unsignedLongs(SUPERVOXELS, 4, 2, 2), null, 2).crop(new FinalInterval(new long[] { 2, 0, 1 },
				new long[] { 3, 1, 1 }));
		assertArrayEquals(new int[] { 1, 1, 1, 1 }, regions.regions(1, null, 2, 2));
	}

	@Test
	void sectionsOfAnotherSizeAreRefused() {
		var regions = new SupervoxelRegions(ArrayImgs.unsignedLongs(SUPERVOXELS, 4, 2, 2), null, 2);
		assertThrows(IllegalArgumentException.class, () -> regions.regions(0, null, 5, 2));
	}
}
