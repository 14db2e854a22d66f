package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.nn.Dl4jBackend;
import connectomej.nn.InferenceBackend;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The probability map of a one-output per-pixel model (cleft or vesicle net, Santurkar et al. 2017, arXiv
 * 1702.07386) block by block, like {@link MembraneTask}: raw read with half the model's receptive field as halo,
 * tiles predicted on a private pool, the core kept. The network is loaded on first use, once per task object.
 */
public final class PixelModelTask implements BlockTask<FloatType> {

	private static final long serialVersionUID = 1L;
	private final String modelFile;
	private final String task;
	private final String dataset;
	private final int threads;
	private final long[] halo;
	private transient InferenceBackend backend;
	private transient ModelInfo info;
	private transient ExecutorService tiles;

	/**
	 * @param modelFile a 2D one-output model for {@code task}
	 * @param task the task the model must have, e.g. {@code "cleft"}
	 * @param dataset the float32 output dataset
	 * @param threads tiles predicted at once
	 */
	public PixelModelTask(Path modelFile, String task, String dataset, int threads) {
		ModelInfo i = ModelFiles.readInfo(modelFile);
		this.modelFile = modelFile.toString();
		this.task = task;
		this.dataset = dataset;
		this.threads = Math.max(1, threads);
		long[] rf = i.receptiveField();
		this.halo = new long[] { rf[0] / 2, rf[1] / 2, 0 };
	}

	@Override
	public String name() {
		return dataset;
	}

	@Override
	public String outputDataset() {
		return dataset;
	}

	@Override
	public long[] halo() {
		return halo.clone();
	}

	@Override
	public RandomAccessibleInterval<FloatType> compute(N5Store store, Block block) throws IOException {
		RandomAccessibleInterval<UnsignedByteType> raw = N5Images.readInterval(store, PipelineDatasets.RAW, block.withHalo(), new UnsignedByteType());
		RandomAccessibleInterval<FloatType> out = Views.translate(ArrayImgs.floats(block.withHalo().dimensionsAsLongArray()),
				block.withHalo().minAsLongArray());
		load();
		TiledInference.predict(raw, backend, info, 256, out, tiles);
		return Views.interval(out, block.core());
	}

	private synchronized void load() {
		if (backend != null)
			return;
		StoredModel model = ModelFiles.load(Path.of(modelFile), task, 1);
		info = model.info();
		backend = Dl4jBackend.of(model, threads);
		tiles = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, task + "-tiles");
			t.setDaemon(true);
			return t;
		});
	}
}
