package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SeedBoundariesTest {

	@Test
	void voxelsTouchingAnotherObjectAreUnlabelled() {
		long[] seeds = {
				1, 1, 2, 2,
				1, 1, 2, 2,
				1, 0, 0, 2 };
		long[] expected = {
				1, 0, 0, 2,
				1, 0, 0, 2,
				1, 0, 0, 2 };
		assertArrayEquals(expected, SeedBoundaries.erase(seeds, 4, 3));
	}
}
