package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class BoundaryFillingTest {

	private static long[] flat(net.imglib2.img.array.ArrayImg<UnsignedLongType, ?> labels) {
		return Views.flatIterable(labels).stream().mapToLong(UnsignedLongType::get).toArray();
	}

	@Test
	void boundaryPixelsJoinTheComponentOnTheirLowerProbabilitySide() {
		// one section 5 x 1: cells 1 and 2 separated by a 2-pixel boundary whose left pixel is darker (lower p).
		var p = ArrayImgs.floats(new float[] { 0.1f, 0.6f, 0.9f, 0.1f, 0.1f }, 5, 1, 1);
		var labels = ArrayImgs.unsignedLongs(new long[] { 1, 0, 0, 2, 2 }, 5, 1, 1);
		BoundaryFilling.grow(p, 0, labels);
		assertArrayEquals(new long[] { 1, 1, 2, 2, 2 }, flat(labels));
	}

	@Test
	void componentsSmallerThanTheMinimumAreSwallowedByTheirNeighbours() {
		// 7 x 1: a 1-pixel speck (3) between two cells; with minPixels 2 it disappears and cell 1 floods its
		// pixel first (through p 0.5, below the 0.8 on cell 2's side).
		var p = ArrayImgs.floats(new float[] { 0.1f, 0.1f, 0.5f, 0.2f, 0.8f, 0.1f, 0.1f }, 7, 1, 1);
		var labels = ArrayImgs.unsignedLongs(new long[] { 1, 1, 0, 3, 0, 2, 2 }, 7, 1, 1);
		BoundaryFilling.grow(p, 2, labels);
		assertArrayEquals(new long[] { 1, 1, 1, 1, 2, 2, 2 }, flat(labels));
	}

	@Test
	void growthStaysWithinItsSection() {
		// 2 x 1 x 2: section 0 has a cell, section 1 only boundary: section 1 stays 0.
		var p = ArrayImgs.floats(new float[] { 0.1f, 0.9f, 0.9f, 0.9f }, 2, 1, 2);
		var labels = ArrayImgs.unsignedLongs(new long[] { 1, 0, 0, 0 }, 2, 1, 2);
		BoundaryFilling.grow(p, 0, labels);
		assertArrayEquals(new long[] { 1, 1, 0, 0 }, flat(labels));
	}
}
