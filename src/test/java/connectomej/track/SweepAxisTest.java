package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class SweepAxisTest {

	/** Voxel (x, y, z) holds 100 x + 10 y + z; 4 x 3 x 2, offset. */
	private static RandomAccessibleInterval<UnsignedLongType> coded() {
		var img = ArrayImgs.unsignedLongs(4, 3, 2);
		var c = img.cursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set(100 * c.getLongPosition(0) + 10 * c.getLongPosition(1) + c.getLongPosition(2));
		}
		return Views.translate(img, 5, 6, 7);
	}

	@Test
	void theSectionsOfASweepAlongYAreXzPlanesInYOrder() {
		var swept = SweepAxis.Y.sections(coded());
		assertArrayEquals(new long[] { 4, 2, 3 }, swept.dimensionsAsLongArray());
		assertArrayEquals(new long[] { 0, 0, 0 }, swept.minAsLongArray());
		// section 2 (y = 2): x 3, z 1
		assertEquals(321, swept.getAt(3, 1, 2).get());
		assertEquals(20, swept.getAt(0, 0, 2).get());
	}

	@Test
	void theSectionsOfASweepAlongXAreZyPlanesInXOrder() {
		var swept = SweepAxis.X.sections(coded());
		assertArrayEquals(new long[] { 2, 3, 4 }, swept.dimensionsAsLongArray());
		assertEquals(321, swept.getAt(1, 2, 3).get());
	}

	@Test
	void theSameViewTurnsATrackedResultBack() {
		for (SweepAxis axis : SweepAxis.values()) {
			var back = axis.volume(axis.sections(coded()));
			assertArrayEquals(new long[] { 4, 3, 2 }, back.dimensionsAsLongArray());
			assertEquals(311, back.getAt(3, 1, 1).get());
			assertEquals(21, back.getAt(0, 2, 1).get());
		}
	}

	@Test
	void axesAreNamedInEitherCaseAndOthersAreRefused() {
		assertEquals(SweepAxis.Y, SweepAxis.of("y"));
		assertEquals(SweepAxis.Z, SweepAxis.of("Z"));
		var e = assertThrows(IllegalArgumentException.class, () -> SweepAxis.of("t"));
		assertEquals("sweep axis must be z, y or x, not t", e.getMessage());
	}
}
