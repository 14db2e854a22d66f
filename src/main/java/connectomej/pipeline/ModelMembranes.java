package connectomej.pipeline;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.nn.MembranePredictor;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

import connectomej.volume.VoxelSize;
import connectomej.volume.Volume;

/**
 * Membrane probabilities from a trained membrane model ({@link MembranePredictor}), the shallow fast-pass network
 * of Meirovitch et al. 2016 (arXiv 1612.02120) or a U-Net. The network is loaded on first use, once per process;
 * its tiles run on a private pool of daemon threads, so blocks themselves should run one at a time.
 */
public final class ModelMembranes implements MembraneStage {

	private static final long serialVersionUID = 1L;
	private final String modelFile;
	private final int threads;
	private final long[] halo;
	private transient MembranePredictor predictor;
	private transient ExecutorService tiles;

	/**
	 * The halo covers the receptive field in x and y, and in z the neighbouring sections a 2.5D model reads (c / 2 on
	 * each side for c input sections), so block faces along z do not change the result.
	 *
	 * @param modelFile a membrane model {@code .zip}, checked now (description only)
	 * @param threads tiles predicted at once
	 */
	public ModelMembranes(Path modelFile, int threads) {
		ModelInfo info = ModelFiles.readInfo(modelFile);
		this.modelFile = modelFile.toString();
		this.threads = threads;
		this.halo = info.blockHalo();
	}

	@Override
	public String description() {
		return "model " + modelFile;
	}

	/** The membrane model file. */
	public Path modelFile() {
		return Path.of(modelFile);
	}

	@Override
	public long[] halo() {
		return halo.clone();
	}

	@Override
	public void predict(RandomAccessibleInterval<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output) {
		loaded().predict(new Volume<>(raw, VoxelSize.UNIT), output, tiles);
	}

	@Override
	public boolean parallelInsideBlocks() {
		return true;
	}

	private synchronized MembranePredictor loaded() {
		if (predictor == null) {
			StoredModel model = ModelFiles.load(Path.of(modelFile), MembranePredictor.TASK, 0);
			predictor = MembranePredictor.withDl4j(model, threads);
			tiles = Executors.newFixedThreadPool(threads, r -> {
				Thread t = new Thread(r, "membrane-tiles");
				t.setDaemon(true);
				return t;
			});
		}
		return predictor;
	}
}
