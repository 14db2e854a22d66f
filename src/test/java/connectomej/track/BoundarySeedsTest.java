package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import net.imglib2.FinalInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

class BoundarySeedsTest {

	// a 4 x 2 section at z = 0 and z = 1; the membrane runs along x = 2 in z = 1 only
	private static final float[] PROBABILITY = {
			0.1f, 0.1f, 0.2f, 0.1f, //
			0.1f, 0.1f, 0.2f, 0.1f, //
			0.1f, 0.2f, 0.9f, 0.1f, //
			0.1f, 0.2f, 0.6f, 0.3f };

	private static final long[] LABELS = {
			1, 1, 1, 2, //
			1, 1, 1, 2 };

	private final BoundarySeeds erasure = new BoundarySeeds(ArrayImgs.floats(PROBABILITY, 4, 2, 2), 0.5);

	@Test
	void voxelsAboveTheThresholdAreUnlabelledInTheirOwnSection() {
		assertArrayEquals(LABELS, erasure.erase(LABELS, 0));
		long[] expected = {
				1, 1, 0, 2, //
				1, 1, 0, 2 };
		assertArrayEquals(expected, erasure.erase(LABELS, 1));
	}

	@Test
	void aCropReadsTheMapInTheVolumesCoordinates() {
		var offset = Views.translate(ArrayImgs.floats(PROBABILITY, 4, 2, 2), 10, 20, 30);
		var crop = new BoundarySeeds(offset, 0.5).crop(new FinalInterval(new long[] { 12, 20, 30 }, new long[] { 13, 21, 31 }));
		// the crop sees 0.9, 0.1 / 0.6, 0.3: object 1 would lose both voxels and keeps its lower (0.6) one
		assertArrayEquals(new long[] { 0, 2, 1, 2 }, crop.erase(new long[] { 1, 2, 1, 2 }, 31));
	}

	@Test
	void anObjectAlmostAllOnTheBoundaryKeepsItsLowestProbabilityQuarter() {
		// object 4 lies on x = 2 of z = 1 (0.9, 0.6) and x = 1 of the second row (0.2): two of three voxels would go
		long[] labels = {
				1, 1, 4, 2, //
				1, 4, 4, 2 };
		long[] expected = {
				1, 1, 0, 2, //
				1, 4, 0, 2 };
		assertArrayEquals(expected, erasure.erase(labels, 1));
		long[] alone = {
				0, 0, 4, 0, //
				0, 0, 4, 0 };
		assertArrayEquals(new long[] { 0, 0, 0, 0, 0, 0, 4, 0 }, erasure.erase(alone, 1), "nothing would be left: the 0.6 voxel stays");
	}

	@Test
	void labelsOfAnotherSizeAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> erasure.erase(new long[6], 0));
	}
}
