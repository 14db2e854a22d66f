package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeFiles;
import connectomej.io.n5.N5Compression;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

class SectionImportTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	/** 37 x 21 x 11 voxels: no axis a multiple of the 8 x 8 x 4 blocks, so the last slab and blocks are partial. */
	private static ArrayImg<UnsignedByteType, ?> noise(long seed) {
		ArrayImg<UnsignedByteType, ?> img = ArrayImgs.unsignedBytes(37, 21, 11);
		Random r = new Random(seed);
		img.forEach(t -> t.set(r.nextInt(256)));
		return img;
	}

	private static N5Store store(Path root, long[] dims) throws Exception {
		N5Store store = N5Store.create(root);
		store.createDataset("raw", new N5DatasetAttributes(dims, new int[] { 8, 8, 4 }, N5DataType.UINT8, N5Compression.gzip(-1)));
		return store;
	}

	private StageReport importTiff(N5Store store, Path tif) throws Exception {
		try (SectionSource source = SectionStreams.open(tif.toString())) {
			return SectionImport.run("raw", source, store, "raw", new UnsignedByteType(), EightBitRaw.ROUNDED, pool, ProgressListener.NONE);
		}
	}

	@Test
	void streamedImportEqualsWholeImport() throws Exception {
		ArrayImg<UnsignedByteType, ?> img = noise(7);
		Path tif = dir.resolve("em.tif");
		VolumeFiles.write(new Volume<>(img, new VoxelSize(4, 4, 40)), tif.toString());
		N5Store streamed = store(dir.resolve("streamed.n5"), img.dimensionsAsLongArray());
		StageReport report = importTiff(streamed, tif);
		N5Store whole = store(dir.resolve("whole.n5"), img.dimensionsAsLongArray());
		new LocalBlockRunner(pool).run(whole, new RawImportTask(img), ProgressListener.NONE);
		assertEquals(5 * 3 * 3, report.computed());
		assertSame(N5Images.readInterval(whole, "raw", img, new UnsignedByteType()),
				N5Images.readInterval(streamed, "raw", img, new UnsignedByteType()));
		assertSame(img, N5Images.readInterval(streamed, "raw", img, new UnsignedByteType()));
	}

	@Test
	void existingBlocksAreNeitherReadNorRewritten() throws Exception {
		ArrayImg<UnsignedByteType, ?> img = noise(8);
		Path tif = dir.resolve("em.tif");
		VolumeFiles.write(new Volume<>(img, VoxelSize.UNIT), tif.toString());
		N5Store store = store(dir.resolve("out.n5"), img.dimensionsAsLongArray());
		RandomAccessibleInterval<UnsignedByteType> zeros = ArrayImgs.unsignedBytes(8, 8, 4);
		N5Images.writeBlock(store, "raw", new long[] { 1, 1, 1 }, zeros);
		StageReport report = importTiff(store, tif);
		assertEquals(44, report.computed());
		assertEquals(1, report.skipped());
		RandomAccessibleInterval<UnsignedByteType> back = N5Images.readInterval(store, "raw", img, new UnsignedByteType());
		long nonZero = 0;
		for (UnsignedByteType t : Views.interval(back, new long[] { 8, 8, 4 }, new long[] { 15, 15, 7 }))
			nonZero += t.get() == 0 ? 0 : 1;
		assertEquals(0, nonZero);
		assertSame(Views.interval(img, new long[] { 16, 0, 0 }, new long[] { 36, 20, 10 }),
				Views.interval(back, new long[] { 16, 0, 0 }, new long[] { 36, 20, 10 }));
	}

	@Test
	void sixteenBitInputIsRoundedAndClamped() throws Exception {
		ArrayImg<UnsignedShortType, ?> img = ArrayImgs.unsignedShorts(9, 9, 5);
		img.forEach(t -> t.set(300));
		img.getAt(2, 3, 4).set(17);
		Path tif = dir.resolve("em16.tif");
		VolumeFiles.write(new Volume<>(img, VoxelSize.UNIT), tif.toString());
		N5Store store = store(dir.resolve("out.n5"), img.dimensionsAsLongArray());
		importTiff(store, tif);
		RandomAccessibleInterval<UnsignedByteType> back = N5Images.readInterval(store, "raw", img, new UnsignedByteType());
		assertEquals(255, back.getAt(0, 0, 0).get());
		assertEquals(17, back.getAt(2, 3, 4).get());
	}

	@Test
	void aSourceOfAnotherSizeIsRefused() throws Exception {
		Path tif = dir.resolve("em.tif");
		VolumeFiles.write(new Volume<>(noise(9), VoxelSize.UNIT), tif.toString());
		N5Store store = store(dir.resolve("out.n5"), new long[] { 37, 21, 12 });
		assertThrows(IllegalArgumentException.class, () -> importTiff(store, tif));
		assertEquals(0, Files.list(dir.resolve("out.n5").resolve("raw")).filter(Files::isDirectory).count());
	}

	private static void assertSame(RandomAccessibleInterval<UnsignedByteType> expected, RandomAccessibleInterval<UnsignedByteType> actual) {
		int[] differences = { 0 };
		LoopBuilder.setImages(expected, actual).forEachPixel((e, a) -> differences[0] += e.get() == a.get() ? 0 : 1);
		assertEquals(0, differences[0]);
	}
}
