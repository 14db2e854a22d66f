package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.logic.BitType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class ConnectedComponentsTest {

	private static RandomAccessibleInterval<BitType> mask(int w, int h, int... bits) {
		RandomAccessibleInterval<BitType> m = new ArrayImgFactory<>(new BitType()).create(w, h);
		Cursor<BitType> c = Views.flatIterable(m).cursor();
		for (int b : bits)
			c.next().set(b != 0);
		return m;
	}

	private static long[] flat(RandomAccessibleInterval<UnsignedLongType> img) {
		return Views.flatIterable(img).stream().mapToLong(UnsignedLongType::get).toArray();
	}

	@Test
	void diagonalNeighboursAreSeparateComponents() {
		RandomAccessibleInterval<BitType> m = mask(4, 4,
			1, 1, 0, 0,
			0, 0, 1, 0,
			0, 1, 1, 0,
			1, 0, 0, 1);
		var labels = ArrayImgs.unsignedLongs(4, 4);
		assertEquals(4, ConnectedComponents.label(m, labels));
		assertArrayEquals(new long[] {
			1, 1, 0, 0,
			0, 0, 2, 0,
			0, 2, 2, 0,
			3, 0, 0, 4 }, flat(labels));
	}

	@Test
	void uShapeMergesIntoOneComponent() {
		RandomAccessibleInterval<BitType> m = mask(4, 4,
			1, 0, 0, 1,
			1, 0, 0, 1,
			1, 0, 0, 1,
			1, 1, 1, 1);
		var labels = ArrayImgs.unsignedLongs(4, 4);
		assertEquals(1, ConnectedComponents.label(m, labels));
		assertEquals(10, Views.flatIterable(labels).stream().filter(t -> t.get() == 1).count());
	}

	@Test
	void connectsAlongZAndWorksOnOffsetIntervals() {
		RandomAccessibleInterval<BitType> m = Views.translate(new ArrayImgFactory<>(new BitType()).create(3, 3, 3), 10, -4, 7);
		var ra = m.randomAccess();
		for (long z = 7; z <= 9; z++) {
			ra.setPosition(new long[] { 11, -3, z });
			ra.get().set(true);
		}
		ra.setPosition(new long[] { 10, -4, 7 });
		ra.get().set(true);
		RandomAccessibleInterval<UnsignedLongType> labels = Views.translate(ArrayImgs.unsignedLongs(3, 3, 3), 10, -4, 7);
		assertEquals(2, ConnectedComponents.label(m, labels));
		var la = labels.randomAccess();
		la.setPosition(new long[] { 11, -3, 9 });
		assertEquals(2, la.get().get());
	}
}
