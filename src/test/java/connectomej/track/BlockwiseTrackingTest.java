package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import connectomej.progress.ProgressListener;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class BlockwiseTrackingTest {

	// first section: object 2 straddles the border between the tiles' cores (x 0-3 | x 4-7)
	private static final long[] SEEDS = {
			1, 1, 1, 2, 2, 3, 3, 3,
			1, 1, 1, 2, 2, 3, 3, 3,
			1, 1, 1, 2, 2, 3, 3, 3,
			1, 1, 1, 2, 2, 3, 3, 3 };

	/** Copies the seed section but loses object 2: its area becomes a new object in each tile. */
	private static final SectionTracker LOSES_OBJECT_2 = (seeds, a, b, w, h) -> {
		long[] next = seeds.clone();
		for (int i = 0; i < next.length; i++)
			if (next[i] == 2)
				next[i] = 0;
		return next;
	};

	@Test
	void aNewObjectFoundInTwoTilesIsStitchedIntoOne() {
		for (long[] offset : new long[][] { { 0, 0, 0 }, { 10, -20, 5 } }) {
			RandomAccessibleInterval<UnsignedLongType> out = Views.translate(ArrayImgs.unsignedLongs(8, 4, 3), offset);
			long objects = BlockwiseTracking.track(() -> LOSES_OBJECT_2, null, Views.translate(ArrayImgs.floats(8, 4, 3), offset),
					Views.translate(ArrayImgs.unsignedLongs(SEEDS, 8, 4), offset[0], offset[1]), out, 4, 2, 2, ProgressListener.NONE);
			assertEquals(4, objects);
			assertSection(out, offset, 0, 2);
			assertSection(out, offset, 1, 4);
			assertSection(out, offset, 2, 4);
		}
	}

	@Test
	void eachTileGetsATrackerMadeForItsOwnAreaWithHalo() {
		java.util.List<net.imglib2.Interval> areas = new java.util.ArrayList<>();
		BlockwiseTracking.trackTiles(area -> {
			areas.add(area);
			return (seeds, a, b, w, h) -> {
				assertEquals(area.dimension(0) * area.dimension(1), seeds.length, "the tracker sees the section of its own tile");
				return seeds.clone();
			};
		}, null, null, ArrayImgs.floats(8, 4, 3), ArrayImgs.unsignedLongs(SEEDS, 8, 4), ArrayImgs.unsignedLongs(8, 4, 3), 4, 2, 2,
				ProgressListener.NONE);
		assertEquals(2, areas.size());
		assertEquals(0, areas.get(0).min(0));
		assertEquals(5, areas.get(0).max(0));
		assertEquals(2, areas.get(1).min(0));
		assertEquals(7, areas.get(1).max(0));
		for (net.imglib2.Interval area : areas)
			assertEquals(3, area.dimension(2));
	}

	private static void assertSection(RandomAccessibleInterval<UnsignedLongType> out, long[] offset, int z, long middle) {
		long[] section = Sections.labels(out, offset[2] + z);
		for (int i = 0; i < SEEDS.length; i++)
			assertEquals(SEEDS[i] == 2 ? middle : SEEDS[i], section[i], "z " + z + ", x " + i % 8 + ", y " + i / 8);
	}
}
