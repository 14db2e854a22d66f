package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class NearestSeedColoursTest {

	@Test
	void eachPixelTakesTheNearestLabelWithinReach() {
		long[] row = { 3, 0, 0, 0, 0, 0, 8 }; // a 7 x 1 section
		assertArrayEquals(new long[] { 3, 3, 3, 0, 8, 8, 8 }, NearestSeedColours.nearestLabels(row, 7, 1, 2));
		assertArrayEquals(new long[] { 3, 0, 0, 0, 0, 0, 8 }, NearestSeedColours.nearestLabels(row, 7, 1, 0));
		// unlimited: the middle pixel is as far from both; a tie goes to the label first in scan order
		assertArrayEquals(new long[] { 3, 3, 3, 3, 8, 8, 8 }, NearestSeedColours.nearestLabels(row, 7, 1, Integer.MAX_VALUE));
	}

	@Test
	void stepsAreEightConnected() {
		long[] square = { 5, 0, 0, //
				0, 0, 0, //
				0, 0, 0 };
		assertArrayEquals(new long[] { 5, 5, 0, 5, 5, 0, 0, 0, 0 }, NearestSeedColours.nearestLabels(square, 3, 3, 1));
	}
}
