package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.n5.N5Compression;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.CanceledException;
import connectomej.progress.ProgressListener;
import connectomej.volume.Block;
import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.view.Views;

class LocalBlockRunnerTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	/** 10 x 7 x 5 voxels in blocks of 4 x 3 x 2: 3 x 3 x 3 = 27 blocks, border blocks smaller. */
	private static final long[] DIMS = { 10, 7, 5 };
	private static final int[] BLOCK = { 4, 3, 2 };
	private static final int BLOCKS = 27;

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	/** Output = sum of the input over x-1, x, x+1 (clipped at the border): needs a halo of 1 along x. */
	static final class SumAlongX implements BlockTask<IntType> {

		final AtomicInteger executions = new AtomicInteger();
		final int failAfter;

		SumAlongX(int failAfter) {
			this.failAfter = failAfter;
		}

		@Override
		public String name() {
			return "sum";
		}

		@Override
		public String outputDataset() {
			return "out";
		}

		@Override
		public long[] halo() {
			return new long[] { 1, 0, 0 };
		}

		@Override
		public RandomAccessibleInterval<IntType> compute(N5Store store, Block block) throws IOException {
			if (executions.incrementAndGet() > failAfter)
				throw new IllegalStateException("simulated crash after " + failAfter + " blocks");
			RandomAccessibleInterval<IntType> in = N5Images.readInterval(store, "in", block.withHalo(), new IntType());
			RandomAccessibleInterval<IntType> out = Views.translate(ArrayImgs.ints(block.core().dimensionsAsLongArray()), block.core().minAsLongArray());
			sumAlongX(in, out);
			return out;
		}
	}

	static void sumAlongX(RandomAccessibleInterval<IntType> in, RandomAccessibleInterval<IntType> out) {
		RandomAccess<IntType> ra = in.randomAccess();
		Cursor<IntType> c = Views.iterable(out).localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			int sum = 0;
			for (long x = Math.max(c.getLongPosition(0) - 1, in.min(0)); x <= Math.min(c.getLongPosition(0) + 1, in.max(0)); x++)
				sum += ra.setPositionAndGet(x, c.getLongPosition(1), c.getLongPosition(2)).get();
			c.get().set(sum);
		}
	}

	private N5Store storeWithInput() throws IOException {
		N5Store store = N5Store.create(dir);
		store.createDataset("in", new N5DatasetAttributes(DIMS, BLOCK, N5DataType.INT32, N5Compression.RAW));
		store.createDataset("out", new N5DatasetAttributes(DIMS, BLOCK, N5DataType.INT32, N5Compression.gzip(1)));
		RandomAccessibleInterval<IntType> in = ArrayImgs.ints(DIMS);
		Random random = new Random(7);
		for (IntType t : Views.flatIterable(in))
			t.set(random.nextInt(100));
		N5Images.writeInterval(store, "in", in);
		return store;
	}

	@Test
	void blockwiseWithHaloEqualsWhole() throws IOException {
		N5Store store = storeWithInput();
		StageReport report = new LocalBlockRunner(pool).run(store, new SumAlongX(Integer.MAX_VALUE), ProgressListener.NONE);
		assertEquals(new StageReport("sum", BLOCKS, BLOCKS, 0, report.seconds()), report);
		RandomAccessibleInterval<IntType> whole = ArrayImgs.ints(DIMS);
		sumAlongX(N5Images.open(store, "in", new IntType()), whole);
		Cursor<IntType> expected = Views.flatIterable(whole).cursor();
		for (IntType actual : Views.flatIterable(N5Images.open(store, "out", new IntType())))
			assertEquals(expected.next().get(), actual.get());
	}

	@Test
	void crashedRunResumesWithoutRedoingFinishedBlocks() throws IOException {
		N5Store store = storeWithInput();
		SumAlongX crashing = new SumAlongX(10);
		IllegalStateException crash = assertThrows(IllegalStateException.class,
				() -> new LocalBlockRunner(pool).run(store, crashing, ProgressListener.NONE));
		assertTrue(crash.getMessage().contains("simulated"));
		long written = countWritten(store);
		assertEquals(10, written, "exactly the blocks computed before the crash are written");
		SumAlongX rerun = new SumAlongX(Integer.MAX_VALUE);
		StageReport report = new LocalBlockRunner(pool).run(store, rerun, ProgressListener.NONE);
		assertEquals(BLOCKS - 10, rerun.executions.get());
		assertEquals(BLOCKS - 10, report.computed());
		assertEquals(10, report.skipped());
		SumAlongX third = new SumAlongX(0);
		assertEquals(BLOCKS, new LocalBlockRunner(pool).run(store, third, ProgressListener.NONE).skipped());
		assertEquals(0, third.executions.get());
	}

	@Test
	void cancelStopsAndKeepsFinishedBlocks() throws IOException {
		N5Store store = storeWithInput();
		ProgressListener cancelAfterFive = new ProgressListener() {
			@Override
			public void progress(String stage, long done, long total) {}

			@Override
			public boolean isCanceled() {
				try {
					return countWritten(store) >= 5;
				} catch (IOException e) {
					return true;
				}
			}
		};
		assertThrows(CanceledException.class, () -> new LocalBlockRunner(pool).run(store, new SumAlongX(Integer.MAX_VALUE), cancelAfterFive));
		long written = countWritten(store);
		assertTrue(written >= 5 && written < BLOCKS, written + " blocks written");
		assertEquals(BLOCKS - written, new LocalBlockRunner(pool).run(store, new SumAlongX(Integer.MAX_VALUE), ProgressListener.NONE).computed());
	}

	private static long countWritten(N5Store store) throws IOException {
		long n = 0;
		for (long z = 0; z < 3; z++)
			for (long y = 0; y < 3; y++)
				for (long x = 0; x < 3; x++)
					n += store.blockExists("out", new long[] { x, y, z }) ? 1 : 0;
		return n;
	}
}
