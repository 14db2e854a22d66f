package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
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
import connectomej.progress.ProgressListener;
import connectomej.uncertainty.UncertaintyEstimator;
import connectomej.uncertainty.UncertaintySettings;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/** The variance map block by block equals the one of the whole volume, for a 2D and a 2.5D (3-section) model. */
class VarianceTaskTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void blockwiseVarianceEqualsTheWholeVolumesVariance(int sections) throws IOException {
		Path model = SlowPassFixture.pixelModel(dir, "membrane", sections);
		long[] dims = { 150, 40, 5 };
		N5Store store = PixelModelTaskTest.storeWithRandomRaw(dir, dims);
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
}
