package connectomej.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.CanceledException;
import connectomej.progress.ProgressListener;
import connectomej.progress.StageCounter;
import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * Runs a {@link BlockTask} over every block of its output dataset on a thread pool of this machine. Blocks whose
 * file exists are skipped, so a rerun after an interruption does only the missing ones. The first failure stops the
 * remaining blocks and is rethrown; so is cancellation through the {@link ProgressListener}.
 */
public final class LocalBlockRunner {

	private final ExecutorService executor;

	/**
	 * @param executor runs the blocks; owned by the caller. Tasks must not submit work to the same bounded pool and
	 *            wait for it.
	 */
	public LocalBlockRunner(ExecutorService executor) {
		this.executor = executor;
	}

	/**
	 * Computes and writes every unfinished block of the task's output dataset.
	 *
	 * @param listener receives one step per block (computed or skipped) under the task's name; may cancel
	 * @return blocks computed and skipped, and the wall time
	 * @throws CanceledException when the listener cancels; finished blocks stay written
	 */
	public <T extends NativeType<T> & RealType<T>> StageReport run(N5Store store, BlockTask<T> task, ProgressListener listener)
			throws IOException {
		long start = System.nanoTime();
		N5DatasetAttributes output = store.datasetAttributes(task.outputDataset());
		List<Block> blocks = Blocks.grid(output.interval(), toLongs(output.blockSize()), task.halo());
		StageCounter counter = new StageCounter(listener, task.name(), blocks.size());
		AtomicLong computed = new AtomicLong();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorCompletionService<Void> completion = new ExecutorCompletionService<>(executor);
		List<Future<Void>> running = new ArrayList<>(blocks.size());
		for (Block block : blocks)
			running.add(completion.submit(() -> {
				if (!stop.get())
					runBlock(store, task, block, listener, counter, computed);
			}, null));
		waitForAll(completion, running, stop);
		return new StageReport(task.name(), blocks.size(), computed.get(), blocks.size() - computed.get(),
				(System.nanoTime() - start) / 1e9);
	}

	private static <T extends NativeType<T> & RealType<T>> void runBlock(N5Store store, BlockTask<T> task, Block block,
			ProgressListener listener, StageCounter counter, AtomicLong computed) {
		listener.checkCanceled();
		try {
			if (!store.blockExists(task.outputDataset(), block.gridPosition())) {
				RandomAccessibleInterval<T> result = task.compute(store, block);
				N5Images.writeBlock(store, task.outputDataset(), block.gridPosition(), result);
				computed.incrementAndGet();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		counter.step();
	}

	/**
	 * Waits for blocks in the order they finish. At the first failure, blocks not yet started are skipped and those
	 * running are waited for, so nothing is written after this returns.
	 */
	private static void waitForAll(ExecutorCompletionService<Void> completion, List<Future<Void>> running, AtomicBoolean stop)
			throws IOException {
		Throwable failure = null;
		for (int i = 0; i < running.size() && failure == null; i++) {
			try {
				completion.take().get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				failure = new CanceledException();
			} catch (ExecutionException e) {
				failure = e.getCause();
			}
		}
		if (failure == null)
			return;
		stop.set(true);
		for (Future<Void> f : running)
			awaitQuietly(f);
		throw unwrapped(failure);
	}

	private static void awaitQuietly(Future<Void> f) {
		try {
			f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			// the first failure is the one reported
		}
	}

	private static IOException unwrapped(Throwable cause) {
		if (cause instanceof UncheckedIOException u)
			return u.getCause();
		if (cause instanceof RuntimeException r)
			throw r;
		if (cause instanceof Error err)
			throw err;
		return new IOException(cause);
	}

	static long[] toLongs(int[] values) {
		long[] l = new long[values.length];
		for (int i = 0; i < l.length; i++)
			l[i] = values[i];
		return l;
	}
}
