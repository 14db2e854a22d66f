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

import connectomej.cli.SlowPassFixture;
import connectomej.io.n5.N5Compression;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.synapse.SynapseMaps;
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
 * values of the unrestricted run, and 0 wherever no predicted tile reaches.
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
		N5Store store = storeWithRandomRaw(dims);
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

	private N5Store storeWithRandomRaw(long[] dims) throws IOException {
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
