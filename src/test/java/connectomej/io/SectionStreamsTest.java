package connectomej.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

class SectionStreamsTest {

	private static final VoxelSize SSTEM = new VoxelSize(4, 4, 40);

	@TempDir
	Path dir;

	static ArrayImg<FloatType, ?> floats(long seed, long... dims) {
		ArrayImg<FloatType, ?> img = ArrayImgs.floats(dims);
		Random r = new Random(seed);
		img.forEach(t -> t.set(r.nextFloat()));
		return img;
	}

	@Test
	void tiffSlabsReadLikeTheWholeStack() throws Exception {
		Path file = dir.resolve("raw.tif");
		ArrayImg<FloatType, ?> whole = floats(1, 7, 5, 6);
		TiffStacks.write(new Volume<>(whole, SSTEM), file, TiffOptions.deflate());
		try (SectionSource s = SectionStreams.open(file.toString())) {
			assertArrayEquals(new long[] { 7, 5, 6 }, s.dimensions());
			assertEquals(40, s.voxelSize().z(), 1e-9);
			RandomAccessibleInterval<? extends RealType<?>> slab = s.read(2, 4);
			assertArrayEquals(new long[] { 0, 0, 2 }, slab.minAsLongArray());
			assertSame(Views.interval(whole, slab), slab);
		}
	}

	@Test
	void sectionRangeCountsFromItsFirstSection() throws Exception {
		ArrayImg<FloatType, ?> whole = floats(2, 4, 3, 10);
		try (SectionSource s = SectionStreams.sections(SectionStreams.inMemory(new Volume<>(whole, SSTEM)), 3, 8)) {
			assertEquals(6, s.dimensions()[2]);
			RandomAccessibleInterval<? extends RealType<?>> slab = s.read(1, 2);
			assertSame(Views.interval(whole, new long[] { 0, 0, 4 }, new long[] { 3, 2, 5 }), Views.zeroMin(slab));
			assertEquals(1, slab.min(2));
		}
		assertThrows(BadInputException.class, () -> SectionStreams.sections(SectionStreams.inMemory(new Volume<>(whole, SSTEM)), 5, 10));
	}

	@Test
	void streamedTiffEqualsTheWholeVolumeWrittenAtOnce() throws Exception {
		ArrayImg<FloatType, ?> whole = floats(3, 9, 4, 5);
		Path streamed = dir.resolve("streamed.tif"), atOnce = dir.resolve("at-once.tif");
		TiffStacks.write(new Volume<>(whole, SSTEM), atOnce, TiffOptions.DEFAULT);
		try (SectionSink sink = SectionStreams.create(streamed.toString(), whole.dimensionsAsLongArray(), SSTEM)) {
			sink.append(Views.interval(whole, new long[] { 0, 0, 0 }, new long[] { 8, 3, 1 }));
			sink.append(Views.interval(whole, new long[] { 0, 0, 2 }, new long[] { 8, 3, 4 }));
			sink.commit();
		}
		assertArrayEquals(Files.readAllBytes(atOnce), Files.readAllBytes(streamed));
		assertEquals(2, fileCount(), "no temporary file left");
	}

	@Test
	void uncommittedSinkLeavesNothing() throws Exception {
		for (String location : new String[] { dir.resolve("p.tif").toString(), dir.resolve("p.h5") + ":/p" })
			try (SectionSink sink = SectionStreams.create(location, new long[] { 3, 3, 2 }, SSTEM)) {
				sink.append(floats(4, 3, 3, 1));
			}
		assertEquals(0, fileCount());
	}

	@Test
	void hdf5SinkWritesOnCommit() throws Exception {
		ArrayImg<FloatType, ?> whole = floats(5, 6, 5, 3);
		String location = dir.resolve("p.h5") + ":/membrane";
		try (SectionSink sink = SectionStreams.create(location, whole.dimensionsAsLongArray(), SSTEM)) {
			sink.append(Views.interval(whole, new long[] { 0, 0, 0 }, new long[] { 5, 4, 0 }));
			sink.append(Views.interval(whole, new long[] { 0, 0, 1 }, new long[] { 5, 4, 2 }));
			sink.commit();
		}
		assertSame(whole, VolumeFiles.read(location).data());
	}

	@Test
	void pngCannotHoldProbabilities() {
		assertThrows(BadInputException.class, () -> SectionStreams.create(dir.resolve("slices").toString(), new long[] { 2, 2, 2 }, SSTEM));
		assertFalse(Files.exists(dir.resolve("slices")));
	}

	private long fileCount() throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			return s.count();
		}
	}

	private static void assertSame(RandomAccessibleInterval<? extends RealType<?>> expected,
			RandomAccessibleInterval<? extends RealType<?>> actual) {
		assertArrayEquals(expected.dimensionsAsLongArray(), actual.dimensionsAsLongArray());
		var e = Views.flatIterable(expected).cursor();
		var a = Views.flatIterable(actual).cursor();
		while (e.hasNext())
			assertEquals(e.next().getRealDouble(), a.next().getRealDouble(), 0);
	}
}
