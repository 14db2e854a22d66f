package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import connectomej.progress.ProgressListener;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class SectionSweepTest {

	private static final ProgressListener QUIET = (stage, done, total) -> {};

	private static final long[] SEEDS = {
			1, 1, 0, 2, //
			1, 1, 0, 2, //
			3, 3, 3, 3 };

	@Test
	void aCopyingTrackerFollowsEveryObjectThroughAnOffsetStack() {
		RandomAccessibleInterval<UnsignedByteType> raw = Views.translate(ArrayImgs.unsignedBytes(4, 3, 3), 5, 6, 7);
		RandomAccessibleInterval<UnsignedLongType> out = Views.translate(ArrayImgs.unsignedLongs(4, 3, 3), 5, 6, 7);
		SectionTracker copy = (seeds, a, b, w, h) -> seeds.clone();
		assertEquals(2, SectionSweep.track(copy, raw, ArrayImgs.unsignedLongs(SEEDS, 4, 3), out, 3, QUIET));
		long[] filled = { 1, 1, 1, 2, 1, 1, 1, 2, 3, 3, 3, 3 };
		assertArrayEquals(SEEDS, Sections.labels(out, 7));
		assertArrayEquals(filled, Sections.labels(out, 8));
		assertArrayEquals(filled, Sections.labels(out, 9));
	}

	@Test
	void sectionsNoSeedReachesBecomeNewObjects() {
		var out = ArrayImgs.unsignedLongs(4, 3, 3);
		SectionTracker lost = (seeds, a, b, w, h) -> new long[w * h];
		SectionSweep.track(lost, ArrayImgs.unsignedBytes(4, 3, 3), ArrayImgs.unsignedLongs(SEEDS, 4, 3), out, 1, QUIET);
		assertTrue(Sections.objects(Sections.labels(out, 1))[0] == 4 && Sections.objects(Sections.labels(out, 2))[0] == 5);
	}

	@Test
	void badInputIsRefused() {
		SectionTracker copy = (seeds, a, b, w, h) -> seeds.clone();
		var raw = ArrayImgs.unsignedBytes(4, 3, 2);
		var e = assertThrows(IllegalArgumentException.class,
				() -> SectionSweep.track(copy, raw, ArrayImgs.unsignedLongs(4, 3), ArrayImgs.unsignedLongs(4, 3, 2), 1, QUIET));
		assertTrue(e.getMessage().contains("no object"));
		e = assertThrows(IllegalArgumentException.class,
				() -> SectionSweep.track(copy, raw, ArrayImgs.unsignedLongs(SEEDS, 3, 4), ArrayImgs.unsignedLongs(4, 3, 2), 1, QUIET));
		assertTrue(e.getMessage().contains("3 x 4"));
	}

	@Test
	void bothTrackersReturnOnlySeedIdsOrNothing() {
		ColourModel model = ColourModel.create(2, 2, 4, 1, 1e-3);
		Random r = new Random(3);
		float[] a = new float[12], b = new float[12];
		for (int i = 0; i < 12; i++) {
			a[i] = (float) r.nextGaussian();
			b[i] = (float) r.nextGaussian();
		}
		for (SectionTracker t : new SectionTracker[] { new CrossClassificationTracker(model, 0, 1, 5), new SingleObjectTracker(model, 0) })
			for (long id : t.propagate(SEEDS, a, b, 4, 3))
				assertTrue(id >= 0 && id <= 3, "id " + id);
		for (long id : new SingleObjectTracker(model, 1).propagate(SEEDS, a, b, 4, 3))
			assertTrue(id == 0 || id == 1, "only the first object is tracked: " + id);
		var e = assertThrows(IllegalArgumentException.class, () -> new CrossClassificationTracker(model, 1, 0, 5).propagate(SEEDS, a, b, 4, 3));
		assertTrue(e.getMessage().contains("use 2 digits"), e.getMessage());
	}
}
