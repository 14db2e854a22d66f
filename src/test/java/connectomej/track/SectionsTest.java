package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class SectionsTest {

	@Test
	void labelsOfAnOffsetVolumeAreReadAndWrittenByAbsoluteZ() {
		RandomAccessibleInterval<UnsignedLongType> v = Views.translate(ArrayImgs.unsignedLongs(new long[] {
				1, 2, 3, //
				4, 5, 6, //
				7, 0, 7, //
				8, 9, 9 }, 3, 2, 2), 10, 20, 30);
		assertArrayEquals(new long[] { 7, 0, 7, 8, 9, 9 }, Sections.labels(v, 31));
		Sections.write(new long[] { 1, 1, 1, 2, 2, 2 }, v, 30);
		assertArrayEquals(new long[] { 1, 1, 1, 2, 2, 2 }, Sections.labels(v, 30));
		assertArrayEquals(new long[] { 7, 8, 9 }, Sections.objects(Sections.labels(v, 31)));
	}

	@Test
	void emIsStandardizedPerSection() {
		var v = ArrayImgs.unsignedBytes(new byte[] { 10, 20, 30, 40, 100, 100, 100, 100 }, 2, 2, 2);
		float[] s = Sections.em(v, 0);
		assertEquals(0, s[0] + s[1] + s[2] + s[3], 1e-5);
		assertEquals(-s[0], s[3], 1e-5);
		assertEquals(1, (s[0] * s[0] + s[1] * s[1] + s[2] * s[2] + s[3] * s[3]) / 4, 1e-4);
		assertArrayEquals(new float[4], Sections.em(v, 1));
	}
}
