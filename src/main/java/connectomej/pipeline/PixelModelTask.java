package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The probability map of a one-output per-pixel model (cleft or vesicle net, Santurkar et al. 2017, arXiv
 * 1702.07386) block by block, like {@link MembraneTask}: raw read with half the model's receptive field as halo
 * (and, for a 2.5D model of c input sections, c / 2 sections on each side), tiles predicted on a private pool, the core
 * kept. The network is loaded on first use, once per task object. Several models of one task make an ensemble: the
 * block's map is the mean of their maps, and the halo covers the largest of their fields.
 * <p>
 * Given boxes ({@link #within}), only the tiles that meet a box are predicted and everything else is 0: the streaming
 * order of compositional detection, where the vesicle net runs only within reach of the cleft candidates
 * ({@code connectomej.synapse.VesicleReach}). Inside the boxes the values equal those of the whole prediction.
 */
public final class PixelModelTask implements BlockTask<FloatType> {

	private static final long serialVersionUID = 1L;
	private static final int TILE_SIZE = 256;
	private final List<String> modelFiles;
	private final String task;
	private final String dataset;
	private final int threads;
	private final long[] halo;
	/** Boxes (x, y, z min then max, global voxels) outside which nothing is predicted; null = everywhere. */
	private final long[][] boxes;
	private transient List<InferenceBackend> backends;
	private transient List<ModelInfo> infos;
	private transient ExecutorService tiles;

	/**
	 * @param modelFile a 2D or 2.5D one-output model for {@code task}
	 * @param task the task the model must have, e.g. {@code "cleft"}
	 * @param dataset the float32 output dataset
	 * @param threads tiles predicted at once
	 */
	public PixelModelTask(Path modelFile, String task, String dataset, int threads) {
		this(List.of(modelFile), task, dataset, threads, null);
	}

	/**
	 * The mean map of an ensemble of one-output models for {@code task}.
	 *
	 * @param modelFiles one or more 2D or 2.5D one-output models
	 */
	public PixelModelTask(List<Path> modelFiles, String task, String dataset, int threads) {
		this(modelFiles, task, dataset, threads, null);
	}

	/**
	 * As the constructor, predicting only the tiles that meet one of the boxes; the rest of the map is 0.
	 *
	 * @param boxes intervals in global voxel coordinates (x, y, z); may overlap
	 */
	public static PixelModelTask within(Path modelFile, String task, String dataset, int threads, List<Interval> boxes) {
		long[][] b = new long[boxes.size()][];
		for (int i = 0; i < b.length; i++) {
			Interval box = boxes.get(i);
			b[i] = new long[] { box.min(0), box.min(1), box.min(2), box.max(0), box.max(1), box.max(2) };
		}
		return new PixelModelTask(List.of(modelFile), task, dataset, threads, b);
	}

	private PixelModelTask(List<Path> modelFiles, String task, String dataset, int threads, long[][] boxes) {
		if (modelFiles.isEmpty())
			throw new IllegalArgumentException("no model for " + dataset);
		this.boxes = boxes;
		this.modelFiles = modelFiles.stream().map(Path::toString).toList();
		this.task = task;
		this.dataset = dataset;
		this.threads = Math.max(1, threads);
		this.halo = new long[3];
		for (Path file : modelFiles) {
			long[] h = ModelFiles.readInfo(file).blockHalo();
			for (int a = 0; a < 3; a++)
				halo[a] = Math.max(halo[a], h[a]);
		}
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
		if (boxes != null && !meetsBox(block.core(), block.core().min(2), block.core().max(2)))
			return Views.interval(out, block.core());
		load();
		for (int m = 0; m < backends.size(); m++) {
			RandomAccessibleInterval<FloatType> map = m == 0 ? out
					: Views.translate(ArrayImgs.floats(block.withHalo().dimensionsAsLongArray()), block.withHalo().minAsLongArray());
			if (boxes == null)
				TiledInference.predict(raw, backends.get(m), infos.get(m), TILE_SIZE, map, tiles);
			else
				TiledInference.predict(raw, backends.get(m), infos.get(m), TILE_SIZE, map, tiles, null, (core, z) -> meetsBox(core, z, z));
			if (m > 0)
				LoopBuilder.setImages(out, map).forEachPixel((sum, p) -> sum.set(sum.get() + p.get()));
		}
		if (backends.size() > 1) {
			float n = backends.size();
			LoopBuilder.setImages(out).forEachPixel(p -> p.set(p.get() / n));
		}
		return Views.interval(out, block.core());
	}

	/** Whether the x, y extent of {@code region} and sections z0..z1 meet one of the boxes. */
	private boolean meetsBox(Interval region, long z0, long z1) {
		for (long[] b : boxes)
			if (z0 <= b[5] && z1 >= b[2] && region.min(0) <= b[3] && region.max(0) >= b[0] && region.min(1) <= b[4]
					&& region.max(1) >= b[1])
				return true;
		return false;
	}

	private synchronized void load() {
		if (backends != null)
			return;
		List<InferenceBackend> loaded = new java.util.ArrayList<>();
		List<ModelInfo> described = new java.util.ArrayList<>();
		for (String file : modelFiles) {
			StoredModel model = ModelFiles.load(Path.of(file), task, 0);
			described.add(model.info());
			loaded.add(Dl4jBackend.of(model, threads));
		}
		infos = described;
		backends = loaded;
		tiles = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, task + "-tiles");
			t.setDaemon(true);
			return t;
		});
	}
}
