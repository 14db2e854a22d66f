package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import connectomej.io.BadInputException;
import connectomej.nn.TrainingSections.Range;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

class TrainingSectionsTest {

	/** 2 x 1 sections; raw value = 10 z + x, label 0 (membrane, ISBI style) at x = 0, 255 at x = 1. */
	static ArrayImg<UnsignedByteType, ?>[] stack(int depth) {
		byte[] raw = new byte[2 * depth], labels = new byte[2 * depth];
		for (int z = 0; z < depth; z++) {
			raw[2 * z] = (byte) (10 * z);
			raw[2 * z + 1] = (byte) (10 * z + 1);
			labels[2 * z + 1] = (byte) 255;
		}
		@SuppressWarnings("unchecked")
		ArrayImg<UnsignedByteType, ?>[] r = new ArrayImg[] { ArrayImgs.unsignedBytes(raw, 2, 1, depth),
				ArrayImgs.unsignedBytes(labels, 2, 1, depth) };
		return r;
	}

	@Test
	void trainingSectionsFirstThenValidationWithAMembraneMask() {
		var s = stack(6);
		TrainingSections t = TrainingSections.select(new Volume<>(s[0], VoxelSize.UNIT), s[1], new Range(1, 2),
				new Range(4, 5), 0L);
		assertEquals(2, t.validationSections());
		assertArrayEquals(new long[] { 2, 1, 4 }, t.raw().data().dimensionsAsLongArray());
		int[] raw = Views.flatIterable(t.raw().data()).stream().mapToInt(UnsignedByteType::get).toArray();
		int[] mask = Views.flatIterable(t.membrane()).stream().mapToInt(UnsignedByteType::get).toArray();
		assertArrayEquals(new int[] { 10, 11, 20, 21, 40, 41, 50, 51 }, raw);
		assertArrayEquals(new int[] { 1, 0, 1, 0, 1, 0, 1, 0 }, mask);
	}

	@Test
	void offsetVolumesCountSectionsFromTheirMin() {
		var s = stack(4);
		TrainingSections t = TrainingSections.select(new Volume<>(Views.translate(s[0], 5, 5, 10), VoxelSize.UNIT),
				Views.translate(s[1], 5, 5, 10), new Range(0, 0), new Range(3, 3), null);
		int[] mask = Views.flatIterable(t.membrane()).stream().mapToInt(UnsignedByteType::get).toArray();
		assertArrayEquals(new int[] { 0, 1, 0, 1 }, mask, "without a membrane value every non-zero label is membrane");
		assertEquals(30, t.raw().data().getAt(0, 0, 1).get());
	}

	@Test
	void rejectsOverlapRangesOutsideAndSingleClassLabels() {
		var s = stack(4);
		Volume<UnsignedByteType> raw = new Volume<>(s[0], VoxelSize.UNIT);
		assertThrows(BadInputException.class, () -> TrainingSections.select(raw, s[1], new Range(0, 2), new Range(2, 3), 0L));
		assertThrows(BadInputException.class, () -> TrainingSections.select(raw, s[1], new Range(0, 1), new Range(2, 4), 0L));
		assertThrows(BadInputException.class, () -> TrainingSections.select(raw, s[1], new Range(0, 1), new Range(2, 3), 7L));
		assertThrows(BadInputException.class, () -> TrainingSections.select(raw, ArrayImgs.unsignedBytes(2, 2, 4),
				new Range(0, 1), new Range(2, 3), 0L));
	}
}
