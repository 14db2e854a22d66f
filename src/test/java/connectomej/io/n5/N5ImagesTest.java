package connectomej.io.n5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

class N5ImagesTest {

	@TempDir
	Path dir;

	/** 5 x 4 x 3 voxels in blocks of 2 x 3 x 2: border blocks of 1 x 1 x 1 at the far corner. */
	private static final long[] DIMS = { 5, 4, 3 };
	private static final int[] BLOCK = { 2, 3, 2 };

	@ParameterizedTest
	@EnumSource(N5DataType.class)
	void everyTypeRoundTripsEveryCompressionWithBorderBlocks(N5DataType type) throws IOException {
		for (N5Compression compression : new N5Compression[] { N5Compression.RAW, N5Compression.gzip(6), N5Compression.bzip2(9),
				N5Compression.lz4(1 << 16), N5Compression.xz(6) })
			roundTrip(type, compression);
	}

	@SuppressWarnings("unchecked")
	private <T extends NativeType<T> & RealType<T>> void roundTrip(N5DataType type, N5Compression compression) throws IOException {
		N5Store store = N5Store.create(dir.resolve(type + compression.type()));
		store.createDataset("v", new N5DatasetAttributes(DIMS, BLOCK, type, compression));
		RandomAccessibleInterval<T> source = randomImage(type, 42);
		N5Images.writeInterval(store, "v", source);
		assertTrue(store.blockExists("v", new long[] { 2, 1, 1 }), "far corner border block");
		assertEquals(3 * 2 * 2, countBlockFiles(store.folder("v")));
		RandomAccessibleInterval<T> back = N5Images.open(store, "v", source.getType());
		assertSameValues(source, back);
		T type0 = source.getType();
		assertSameValues(source, N5Images.readInterval(store, "v", new FinalInterval(DIMS), type0));
	}

	@SuppressWarnings("unchecked")
	private static <T extends NativeType<T> & RealType<T>> RandomAccessibleInterval<T> randomImage(N5DataType type, long seed) {
		Object array = type.allocate((int) Intervals.numElements(DIMS));
		RandomAccessibleInterval<T> img = (RandomAccessibleInterval<T>) N5Arrays.wrap(type, array, DIMS);
		Random random = new Random(seed);
		for (T t : Views.flatIterable(img)) {
			if (t instanceof IntegerType<?> i)
				i.setInteger(random.nextLong()); // keeps the low bits: exercises sign and full width
			else
				t.setReal(random.nextGaussian() * 1e3);
		}
		return img;
	}

	private static <T extends RealType<T>> void assertSameValues(RandomAccessibleInterval<T> expected, RandomAccessibleInterval<T> actual) {
		assertTrue(Intervals.equals(expected, actual), "intervals");
		Cursor<T> e = Views.flatIterable(expected).cursor();
		Cursor<T> a = Views.flatIterable(actual).cursor();
		while (e.hasNext())
			assertTrue(e.next().valueEquals(a.next()), "value at " + java.util.Arrays.toString(e.positionAsLongArray()));
	}

	private static long countBlockFiles(Path folder) throws IOException {
		try (var walk = Files.walk(folder)) {
			return walk.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().equals("attributes.json")).count();
		}
	}

	@Test
	void offsetIntervalIsWrittenAndReadInPlaceMergingPartialBlocks() throws IOException {
		N5Store store = N5Store.create(dir);
		store.createDataset("v", new N5DatasetAttributes(DIMS, BLOCK, N5DataType.UINT8, N5Compression.gzip(-1)));
		N5Images.writeInterval(store, "v", Views.translate(ArrayImgs.unsignedBytes(new byte[] { 7, 7, 7, 7 }, 2, 2, 1), 0, 0, 0));
		// 2 x 2 x 2 at (1, 2, 1): spans blocks along x, y and z, each only in part
		byte[] values = { 1, 2, 3, 4, 5, 6, 7, 8 };
		RandomAccessibleInterval<UnsignedByteType> patch = Views.translate(ArrayImgs.unsignedBytes(values, 2, 2, 2), 1, 2, 1);
		N5Images.writeInterval(store, "v", patch);
		RandomAccessibleInterval<UnsignedByteType> all = N5Images.open(store, "v", new UnsignedByteType());
		RandomAccess<UnsignedByteType> ra = all.randomAccess();
		assertEquals(7, ra.setPositionAndGet(0, 0, 0).get(), "earlier write kept in a merged block");
		assertEquals(7, ra.setPositionAndGet(1, 1, 0).get());
		assertEquals(1, ra.setPositionAndGet(1, 2, 1).get());
		assertEquals(4, ra.setPositionAndGet(2, 3, 1).get());
		assertEquals(8, ra.setPositionAndGet(2, 3, 2).get());
		assertEquals(0, ra.setPositionAndGet(4, 3, 2).get(), "never written");
		RandomAccessibleInterval<UnsignedByteType> read = N5Images.readInterval(store, "v", patch, new UnsignedByteType());
		assertEquals(1, read.min(0));
		assertSameValues(patch, read);
	}

	@Test
	void wrongTypeIsRefused() throws IOException {
		N5Store store = N5Store.create(dir);
		store.createDataset("v", new N5DatasetAttributes(DIMS, BLOCK, N5DataType.UINT8, N5Compression.RAW));
		BadInputException e = assertThrows(BadInputException.class, () -> N5Images.open(store, "v", new UnsignedLongType()));
		assertTrue(e.getMessage().contains("uint8"), e.getMessage());
		assertFalse(store.blockExists("v", new long[3]));
	}

	@Test
	void oneBlockIsWrittenWholeWithAnyMin() throws IOException {
		N5Store store = N5Store.create(dir);
		store.createDataset("v", new N5DatasetAttributes(DIMS, BLOCK, N5DataType.UINT64, N5Compression.RAW));
		long[] labels = { -1, 2, 3 }; // the far corner block (2, 1, 1) is 1 x 1 x 1; -1 is 2^64 - 1 unsigned
		N5Images.writeBlock(store, "v", new long[] { 2, 1, 1 }, Views.translate(ArrayImgs.unsignedLongs(new long[] { labels[0] }, 1, 1, 1), 4, 3, 2));
		RandomAccessibleInterval<UnsignedLongType> img = N5Images.open(store, "v", new UnsignedLongType());
		assertEquals("18446744073709551615", img.randomAccess().setPositionAndGet(4, 3, 2).toString());
		assertThrows(IllegalArgumentException.class,
				() -> N5Images.writeBlock(store, "v", new long[] { 0, 0, 0 }, ArrayImgs.unsignedLongs(labels, 3, 1, 1)));
	}
}
