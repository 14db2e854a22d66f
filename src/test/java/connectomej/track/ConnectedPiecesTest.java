package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

class ConnectedPiecesTest {

	// object 7 leaves the 4 x 1 sections at z = 1 and comes back at z = 2: two pieces; object 5 continues
	private static final long[] LABELS = {
			7, 0, 5, 5, // z = 0
			0, 0, 5, 5, // z = 1
			7, 7, 0, 5 }; // z = 2

	@Test
	void anObjectThatLeavesAndComesBackIsTwoPieces() {
		var out = ArrayImgs.unsignedLongs(4, 1, 3);
		assertEquals(3, ConnectedPieces.relabel(ArrayImgs.unsignedLongs(LABELS, 4, 1, 3), out));
		long[] expected = {
				1, 0, 2, 2, //
				0, 0, 2, 2, //
				3, 3, 0, 2 };
		assertArrayEquals(expected, out.update(null).getCurrentStorageArray());
	}

	@Test
	void anOffsetVolumeIsRelabelledInPlaceOfItsInterval() {
		var labels = Views.translate(ArrayImgs.unsignedLongs(LABELS, 4, 1, 3), 3, 4, 5);
		var out = Views.translate(ArrayImgs.unsignedLongs(4, 1, 3), 3, 4, 5);
		ConnectedPieces.relabel(labels, out);
		assertArrayEquals(new long[] { 3, 3, 0, 2 }, Sections.labels(out, 7));
	}

	@Test
	void touchingObjectsOfDifferentLabelsStayApart() {
		var out = ArrayImgs.unsignedLongs(3, 1, 1);
		assertEquals(3, ConnectedPieces.relabel(ArrayImgs.unsignedLongs(new long[] { 4, 9, 4 }, 3, 1, 1), out));
	}
}
