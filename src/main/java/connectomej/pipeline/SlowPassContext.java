package connectomej.pipeline;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Store;
import connectomej.io.n5.N5Volumes;
import connectomej.progress.ProgressListener;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * What a {@link SlowPassStep} works with: the run's settings, folder, container, threads, progress and results.
 *
 * @param settings the fast pass's settings (block size, compression)
 * @param folder the output folder
 * @param store the run's N5 container, holding the fast pass's datasets
 * @param executor the run's block pool
 * @param listener progress per stage; may cancel
 * @param model receives a {@link StageReport} per stage
 */
public record SlowPassContext(PipelineSettings settings, OutputFolder folder, N5Store store, ExecutorService executor,
		ProgressListener listener, PipelineModel model) {

	/**
	 * Creates a dataset of the raw volume's size and the run's block size, unless it exists (its blocks are kept).
	 *
	 * @param name dataset path in the container
	 */
	public void createDataset(String name, N5DataType type) throws IOException {
		if (store.datasetExists(name))
			return;
		long[] dims = store.datasetAttributes(PipelineDatasets.RAW).dimensions();
		int[] block = new int[3];
		for (int d = 0; d < 3; d++)
			block[d] = (int) settings.blockSize()[d];
		store.createDataset(name, new N5DatasetAttributes(dims, block, type, settings.compression()));
		store.setAttributes(name, Map.of(N5Volumes.RESOLUTION, model.voxelSize().toArray(), "unit", "nm"));
	}

	/**
	 * Runs a block task over its output dataset and records the stage.
	 *
	 * @param oneAtATime true for tasks that parallelize inside a block (networks), so blocks run one by one
	 */
	public <T extends NativeType<T> & RealType<T>> void runBlocks(BlockTask<T> task, boolean oneAtATime) throws IOException {
		if (!oneAtATime) {
			model.add(new LocalBlockRunner(executor).run(store, task, listener));
			return;
		}
		ExecutorService single = Executors.newSingleThreadExecutor();
		try {
			model.add(new LocalBlockRunner(single).run(store, task, listener));
		} finally {
			single.shutdown();
		}
	}

	/** Runs a step that is not block-wise as one stage with progress 0 / 1 and 1 / 1, and records it. */
	public void runWhole(String stage, WholeStep step) throws IOException {
		long start = System.nanoTime();
		listener.progress(stage, 0, 1);
		step.run();
		listener.progress(stage, 1, 1);
		listener.checkCanceled();
		model.add(new StageReport(stage, 1, 1, 0, (System.nanoTime() - start) / 1e9));
	}

	/** A stage computed as a whole. */
	public interface WholeStep {
		/** Computes and writes. */
		void run() throws IOException;
	}
}
