package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.nn.InferenceBackend;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.uncertainty.UncertaintyEstimator;
import connectomej.uncertainty.UncertaintyMethod;
import connectomej.uncertainty.UncertaintySettings;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The variance map of the membrane model's prediction under K perturbations (Mi et al. 2019, arXiv 1910.04858),
 * block by block like {@link MembraneTask}: raw read with the model's halo (half its receptive field in x and y, and
 * for a 2.5D model reading c sections, c / 2 sections in z), the sampled backend of {@link UncertaintyEstimator} run
 * over the tiles, the variance of the core kept.
 */
public final class VarianceTask implements BlockTask<FloatType> {

	private static final long serialVersionUID = 1L;
	private final String modelFile;
	private final String method;
	private final int layer;
	private final double amount;
	private final int samples;
	private final long seed;
	private final int threads;
	private final long[] halo;
	private transient InferenceBackend sampled;
	private transient StoredModel model;
	private transient ExecutorService tiles;

	/**
	 * @param modelFile the membrane model, 2D, reading one section or several (2.5D)
	 * @param settings method, layer, amount, samples and seed, already checked against the model
	 * @param threads tiles predicted at once
	 */
	public VarianceTask(Path modelFile, UncertaintySettings settings, int threads) {
		this.modelFile = modelFile.toString();
		this.method = settings.method().label();
		this.layer = settings.layer();
		this.amount = settings.amount();
		this.samples = settings.samples();
		this.seed = settings.seed();
		this.halo = ModelFiles.readInfo(modelFile).blockHalo();
		this.threads = Math.max(1, threads);
	}

	@Override
	public String name() {
		return UncertaintyStep.VARIANCE;
	}

	@Override
	public String outputDataset() {
		return UncertaintyStep.VARIANCE;
	}

	@Override
	public long[] halo() {
		return halo.clone();
	}

	@Override
	public RandomAccessibleInterval<FloatType> compute(N5Store store, Block block) throws IOException {
		RandomAccessibleInterval<UnsignedByteType> raw = N5Images.readInterval(store, PipelineDatasets.RAW, block.withHalo(), new UnsignedByteType());
		long[] dims = block.withHalo().dimensionsAsLongArray(), min = block.withHalo().minAsLongArray();
		RandomAccessibleInterval<FloatType> mean = Views.translate(ArrayImgs.floats(dims), min);
		RandomAccessibleInterval<FloatType> variance = Views.translate(ArrayImgs.floats(dims), min);
		load();
		UncertaintyEstimator.estimate(raw, sampled, model.info(), mean, variance, 256, tiles);
		return Views.interval(variance, block.core());
	}

	private synchronized void load() {
		if (sampled != null)
			return;
		model = ModelFiles.load(Path.of(modelFile), null, 0);
		UncertaintySettings s = new UncertaintySettings(UncertaintyMethod.of(method), layer, amount, samples, seed);
		sampled = UncertaintyEstimator.backend(model, s, threads);
		tiles = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "variance-tiles");
			t.setDaemon(true);
			return t;
		});
	}
}
