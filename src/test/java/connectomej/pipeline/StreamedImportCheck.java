package connectomej.pipeline;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.SectionSink;
import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.n5.N5Compression;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.io.tiff.TiffStacks;
import connectomej.progress.ProgressListener;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Run by {@link StreamedImportHeapTest} in a JVM whose heap is smaller than the volume: writes a 256 x 256 x 512 8-bit
 * TIFF (32 MB) section by section into the folder given as argument, imports it into an N5 dataset of 64 x 64 x 32
 * blocks with {@link SectionImport}, and checks every voxel read back against the pattern (x + 3y + 7z) mod 256.
 * Prints "ok" and exits 0 when all agree.
 */
public final class StreamedImportCheck {

	static final long[] SIZE = { 256, 256, 512 };

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		Path tif = folder.resolve("big.tif");
		writeTiff(tif);
		N5Store store = N5Store.create(folder.resolve("big.n5"));
		store.createDataset("raw", new N5DatasetAttributes(SIZE, new int[] { 64, 64, 32 }, N5DataType.UINT8, N5Compression.RAW));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (SectionSource source = SectionStreams.open(tif.toString())) {
			SectionImport.run("raw", source, store, "raw", new UnsignedByteType(), EightBitRaw.ROUNDED, pool, ProgressListener.NONE);
		} finally {
			pool.shutdown();
		}
		long wrong = 0;
		for (long z = 0; z < SIZE[2]; z += 32)
			wrong += wrong(N5Images.readInterval(store, "raw", new FinalInterval(new long[] { 0, 0, z },
					new long[] { SIZE[0] - 1, SIZE[1] - 1, z + 31 }), new UnsignedByteType()));
		System.out.println(wrong == 0 ? "ok" : wrong + " voxels differ");
		System.exit(wrong == 0 ? 0 : 1);
	}

	private static void writeTiff(Path tif) throws Exception {
		try (SectionSink sink = TiffStacks.createByteSections(tif, SIZE, VoxelSize.UNIT)) {
			for (long z = 0; z < SIZE[2]; z++) {
				RandomAccessibleInterval<FloatType> section = Views.translate(ArrayImgs.floats(SIZE[0], SIZE[1], 1), 0, 0, z);
				Cursor<FloatType> c = Views.iterable(section).localizingCursor();
				while (c.hasNext())
					c.next().set(pattern(c.getLongPosition(0), c.getLongPosition(1), c.getLongPosition(2)));
				sink.append(section);
			}
			sink.commit();
		}
	}

	private static int pattern(long x, long y, long z) {
		return (int) ((x + 3 * y + 7 * z) % 256);
	}

	private static long wrong(RandomAccessibleInterval<UnsignedByteType> slab) {
		long n = 0;
		Cursor<UnsignedByteType> c = Views.iterable(slab).localizingCursor();
		while (c.hasNext())
			n += c.next().get() == pattern(c.getLongPosition(0), c.getLongPosition(1), c.getLongPosition(2)) ? 0 : 1;
		return n;
	}
}
