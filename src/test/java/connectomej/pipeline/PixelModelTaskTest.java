package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import connectomej.cli.SlowPassFixture;
import connectomej.io.n5.N5Compression;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.progress.ProgressListener;
import connectomej.synapse.SynapseMaps;
import connectomej.uncertainty.UncertaintyEstimator;
import connectomej.uncertainty.UncertaintySettings;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * A per-pixel net restricted to boxes (the vesicle net of streaming synapse detection) gives, inside the boxes, the
 * values of the unrestricted run, and 0 wherever no predicted tile reaches; run block by block, a 2D or 2.5D net gives
 * the values of the net run on the whole volume at once; so does the variance map of {@link VarianceTask}.
 */
class PixelModelTaskTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void insideTheBoxesTheRestrictedMapEqualsTheWholeMapAndFarAwayItIsZero() throws IOException {
		Path model = SlowPassFixture.pixelModel(dir, SynapseMaps.VESICLE);
		long[] dims = { 300, 90, 4 };
		N5Store store = storeWithRandomRaw(dir, dims);
		int[] block = { 100, 90, 2 };
		for (String dataset : List.of("whole", "within"))
			store.createDataset(dataset, new N5DatasetAttributes(dims, block, N5DataType.FLOAT32, N5Compression.RAW));
		Interval box = new FinalInterval(new long[] { 10, 20, 1 }, new long[] { 40, 50, 1 });
		LocalBlockRunner runner = new LocalBlockRunner(pool);
		runner.run(store, new PixelModelTask(model, SynapseMaps.VESICLE, "whole", 1), ProgressListener.NONE);
		runner.run(store, PixelModelTask.within(model, SynapseMaps.VESICLE, "within", 1, List.of(box)), ProgressListener.NONE);
		RandomAccessibleInterval<FloatType> whole = N5Images.open(store, "whole", new FloatType());
		RandomAccessibleInterval<FloatType> within = N5Images.open(store, "within", new FloatType());
		RandomAccess<FloatType> w = whole.randomAccess();
		for (var c = Views.interval(within, box).localizingCursor(); c.hasNext();) {
			float v = c.next().get();
			w.setPosition(c);
			assertEquals(w.get().get(), v, 1e-6, "inside the box at " + c);
		}
		double farAway = 0, wholeThere = 0;
		for (var c = Views.interval(within, Intervals.createMinMax(200, 0, 0, 299, 89, 3)).localizingCursor(); c.hasNext();) {
			farAway += Math.abs(c.next().get());
			w.setPosition(c);
			wholeThere += w.get().get();
		}
		assertEquals(0, farAway, "a block that meets no box is left at 0");
		assertTrue(wholeThere > 0, "the whole run predicts there (so 0 is not the net's own output)");
		double otherSection = 0;
		for (FloatType t : Views.hyperSlice(within, 2, 3))
			otherSection += t.get();
		assertEquals(0, otherSection, "a section without a box is not predicted");
	}

	/** 2.5D: blocks of 2 sections read their neighbours across the z faces, so the faces do not show. */
	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void blockwiseMapEqualsTheWholeVolumesMap(int sections) throws IOException {
		Path model = SlowPassFixture.pixelModel(dir, SynapseMaps.CLEFT, sections);
		long[] dims = { 150, 40, 5 };
		N5Store store = storeWithRandomRaw(dir, dims);
		store.createDataset("clefts", new N5DatasetAttributes(dims, new int[] { 100, 40, 2 }, N5DataType.FLOAT32, N5Compression.RAW));
		PixelModelTask task = new PixelModelTask(model, SynapseMaps.CLEFT, "clefts", 1);
		assertEquals(sections / 2, task.halo()[2], "z halo: the neighbouring sections a 2.5D net reads");
		new LocalBlockRunner(pool).run(store, task, ProgressListener.NONE);
		RandomAccessibleInterval<FloatType> whole = ArrayImgs.floats(dims);
		SynapseMaps.predict(ModelFiles.load(model, SynapseMaps.CLEFT, sections), new Volume<>(
				N5Images.open(store, PipelineDatasets.RAW, new UnsignedByteType()), VoxelSize.UNIT), whole, pool, 1);
		var expected = Views.flatIterable(whole).cursor();
		for (FloatType p : Views.flatIterable(N5Images.open(store, "clefts", new FloatType())))
			assertEquals(expected.next().get(), p.get(), 1e-5);
	}

	/**
	 * An ensemble of a full-resolution and a downsampled cleft net: block by block, its map is the mean of the two nets'
	 * whole-volume maps (the halo covers the coarse net's wider field, on the coarse net's grid).
	 */
	@Test
	void blockwiseEnsembleMapEqualsTheMeanOfTheWholeVolumeMaps() throws IOException {
		Path fine = SlowPassFixture.pixelModel(dir, SynapseMaps.CLEFT);
		StoredModel loaded = ModelFiles.load(fine, SynapseMaps.CLEFT, 1);
		Path coarse = dir.resolve("coarse.zip");
		ModelFiles.save(coarse, loaded.network(), loaded.info().withInputDownsampling(2), false);
		long[] dims = { 150, 40, 3 };
		N5Store store = storeWithRandomRaw(dir, dims);
		store.createDataset("clefts", new N5DatasetAttributes(dims, new int[] { 64, 40, 2 }, N5DataType.FLOAT32, N5Compression.RAW));
		PixelModelTask task = new PixelModelTask(List.of(fine, coarse), SynapseMaps.CLEFT, "clefts", 1);
		assertEquals(ModelFiles.readInfo(coarse).blockHalo()[0], task.halo()[0], "the wider field sets the halo");
		new LocalBlockRunner(pool).run(store, task, ProgressListener.NONE);
		RandomAccessibleInterval<FloatType> mean = ArrayImgs.floats(dims), single = ArrayImgs.floats(dims);
		Volume<UnsignedByteType> raw = new Volume<>(N5Images.open(store, PipelineDatasets.RAW, new UnsignedByteType()), VoxelSize.UNIT);
		SynapseMaps.predictMean(List.of(loaded, ModelFiles.load(coarse, SynapseMaps.CLEFT, 1)), raw, mean, pool, 1);
		SynapseMaps.predict(loaded, raw, single, pool, 1);
		var expected = Views.flatIterable(mean).cursor();
		var alone = Views.flatIterable(single).cursor();
		double differsFromOne = 0;
		for (FloatType p : Views.flatIterable(N5Images.open(store, "clefts", new FloatType()))) {
			assertEquals(expected.next().get(), p.get(), 1e-5);
			differsFromOne = Math.max(differsFromOne, Math.abs(alone.next().get() - p.get()));
		}
		assertTrue(differsFromOne > 1e-3, "the second net changes the map");
	}

	/** The variance map (Mi et al. 2019) block by block equals the whole volume's, for a 2D and a 2.5D model. */
	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void blockwiseVarianceEqualsTheWholeVolumesVariance(int sections) throws IOException {
		Path model = SlowPassFixture.pixelModel(dir, "membrane", sections);
		long[] dims = { 150, 40, 5 };
		N5Store store = storeWithRandomRaw(dir, dims);
		store.createDataset(UncertaintyStep.VARIANCE, new N5DatasetAttributes(dims, new int[] { 100, 40, 2 }, N5DataType.FLOAT32,
				N5Compression.RAW));
		UncertaintySettings settings = UncertaintySettings.transformation(4);
		VarianceTask task = new VarianceTask(model, settings, 1);
		assertEquals(sections / 2, task.halo()[2], "z halo: the neighbouring sections a 2.5D net reads");
		new LocalBlockRunner(pool).run(store, task, ProgressListener.NONE);
		RandomAccessibleInterval<FloatType> mean = ArrayImgs.floats(dims), variance = ArrayImgs.floats(dims);
		UncertaintyEstimator.estimate(N5Images.open(store, PipelineDatasets.RAW, new UnsignedByteType()),
				ModelFiles.load(model, null, sections), settings, mean, variance, 256, pool, 1);
		var expected = Views.flatIterable(variance).cursor();
		double sum = 0;
		for (FloatType v : Views.flatIterable(N5Images.open(store, UncertaintyStep.VARIANCE, new FloatType()))) {
			float e = expected.next().get();
			assertEquals(e, v.get(), 1e-6);
			sum += e;
		}
		assertTrue(sum > 0, "the transformations disagree somewhere, so equality is not of zeros");
	}

	/** A store in {@code dir} with uniformly random 8-bit raw of the given dimensions, blocks 100 x 90 x 2. */
	static N5Store storeWithRandomRaw(Path dir, long[] dims) throws IOException {
		RandomAccessibleInterval<UnsignedByteType> raw = ArrayImgs.unsignedBytes(dims);
		Random random = new Random(5);
		for (UnsignedByteType t : Views.flatIterable(raw))
			t.set(random.nextInt(256));
		N5Store store = N5Store.create(dir.resolve("volume.n5"));
		store.createDataset(PipelineDatasets.RAW, new N5DatasetAttributes(dims, new int[] { 100, 90, 2 }, N5DataType.UINT8,
				N5Compression.RAW));
		N5Images.writeInterval(store, PipelineDatasets.RAW, raw);
		return store;
	}
}
