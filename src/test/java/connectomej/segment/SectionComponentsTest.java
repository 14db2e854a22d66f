package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class SectionComponentsTest {

	@Test
	void labelsEachSectionApartWithIdsUniqueOverTheVolume() {
		// two sections of 4 x 2; 0 = membrane. Section 0 has two cells, section 1 one cell that sits on top of both.
		var mask = ArrayImgs.unsignedBytes(new byte[] {
			9, 0, 9, 9,
			9, 0, 9, 9,

			9, 9, 9, 0,
			9, 9, 9, 0 }, 4, 2, 2);
		var labels = ArrayImgs.unsignedLongs(4, 2, 2);
		assertEquals(3, SectionComponents.label(mask, v -> v != 0, labels));
		assertArrayEquals(new long[] {
			1, 0, 2, 2,
			1, 0, 2, 2,

			3, 3, 3, 0,
			3, 3, 3, 0 }, Views.flatIterable(labels).stream().mapToLong(UnsignedLongType::get).toArray());
	}
}
