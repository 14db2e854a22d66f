package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnteringRegionsTest {

	/** Decodes every voxel to object 7, as colours copied from a neighbour would. */
	private static final SectionTracker ALL_SEVEN = new SectionTracker() {

		@Override
		public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
			return java.util.stream.LongStream.generate(() -> 7).limit(seeds.length).toArray();
		}
	};

	@Test
	void aRegionMostlyOverUncolouredSeedsStartsANewObject() {
		// 4 x 2: region 1 (left half, one non-voter) lies over object 7; region 2 (right half) over erased seeds but one
		long[] seeds = { 7, 7, 0, 0, 7, 7, 0, 7 };
		int[] regions = { 1, -1, 2, 2, 1, 1, 2, 2 };
		long[] next = new EnteringRegions(ALL_SEVEN, 0.5).propagate(seeds, null, null, regions, 4, 2);
		assertArrayEquals(new long[] { 7, 7, 0, 0, 7, 7, 0, 0 }, next);
		long[] strict = new EnteringRegions(ALL_SEVEN, 1).propagate(seeds, null, null, regions, 4, 2);
		assertArrayEquals(new long[] { 7, 7, 7, 7, 7, 7, 7, 7 }, strict, "3 of 4 over erased seeds is below a share of 1");
		assertArrayEquals(new long[] { 7, 7, 7, 7, 7, 7, 7, 7 }, new EnteringRegions(ALL_SEVEN, 0.5).propagate(seeds, null, null, 4, 2),
				"per-voxel decoding passes through");
		assertThrows(IllegalArgumentException.class, () -> new EnteringRegions(ALL_SEVEN, 0));
		assertThrows(IllegalArgumentException.class, () -> new EnteringRegions(ALL_SEVEN, 1.5));
	}
}
