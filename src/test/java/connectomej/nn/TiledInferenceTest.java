package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

class TiledInferenceTest {

	static ExecutorService executor;
	static StoredModel unet;

	@BeforeAll
	static void setUp() {
		executor = Executors.newFixedThreadPool(2);
		unet = model(UNet.create(new UNet.Settings(2, 1, 1, 2, 4, 11, 1e-3)), 2);
	}

	@AfterAll
	static void tearDown() {
		executor.shutdownNow();
	}

	static StoredModel model(ComputationGraph net, int sizeMultiple) {
		long[] rf = ReceptiveField.of(net.getConfiguration(), 2).size();
		return new StoredModel(net, new ModelInfo(1, "membrane", 2, 1, List.of("membrane"),
				ModelInfo.Normalization.UNIT_RANGE, VoxelSize.UNIT, new int[] { 32, 32 }, rf, sizeMultiple,
				new ModelInfo.Training("test", "test"), Map.of()));
	}

	static ArrayImg<UnsignedByteType, ?> randomVolume(long seed, long... dims) {
		ArrayImg<UnsignedByteType, ?> img = ArrayImgs.unsignedBytes(dims);
		Random r = new Random(seed);
		img.forEach(t -> t.set(r.nextInt(256)));
		return img;
	}

	ArrayImg<FloatType, FloatArray> predict(RandomAccessibleInterval<UnsignedByteType> raw, int tileSize) {
		ArrayImg<FloatType, FloatArray> out = ArrayImgs.floats(raw.dimensionsAsLongArray());
		MembranePredictor.withDl4j(unet, 2).predict(new Volume<>(raw, VoxelSize.UNIT), out, executor, tileSize);
		return out;
	}

	@Test
	void twoTilingsAgree() {
		var raw = randomVolume(1, 45, 37, 2);
		var small = predict(raw, 8);
		var whole = predict(raw, 64);
		assertTrue(maxDifference(small, whole) <= 1e-5, "max difference " + maxDifference(small, whole));
		assertTrue(whole.firstElement().get() > 0, "nothing was written");
	}

	@Test
	void onlyTheTilesAskedForArePredictedAndTheyMatchTheWholePrediction() {
		var raw = randomVolume(4, 40, 36, 2);
		var whole = predict(raw, 16);
		ArrayImg<FloatType, FloatArray> some = ArrayImgs.floats(raw.dimensionsAsLongArray());
		some.forEach(t -> t.set(-1));
		TiledInference.predict(raw, Dl4jBackend.of(unet, 2), unet.info(), 16, some, executor, null,
				(core, z) -> z == 1 && core.min(0) == 0);
		var w = whole.randomAccess();
		var s = some.randomAccess();
		for (long z = 0; z < 2; z++)
			for (long y = 0; y < 36; y++)
				for (long x = 0; x < 40; x++) {
					float got = s.setPositionAndGet(x, y, z).get();
					if (z == 1 && x < 16)
						assertEquals(w.setPositionAndGet(x, y, z).get(), got, 1e-5f);
					else
						assertEquals(-1f, got, "tile not asked for was written at " + x + ", " + y + ", " + z);
				}
	}

	@Test
	void coresOnTheSizeMultipleGridMatchTheWholePredictionAndNothingElseIsWritten() {
		var raw = Views.translate(randomVolume(5, 40, 36, 2), 3, -2, 5);
		var whole = ArrayImgs.floats(40, 36, 2);
		TiledInference.predict(raw, Dl4jBackend.of(unet, 2), unet.info(), 16, whole, executor);
		ArrayImg<FloatType, FloatArray> some = ArrayImgs.floats(40, 36, 2);
		some.forEach(t -> t.set(-1));
		// cores of odd sizes whose mins are even (the size multiple) relative to the volume's min
		var cores = List.of(net.imglib2.FinalInterval.createMinMax(3 + 4, -2 + 10, 6, 3 + 12, -2 + 20, 6),
				net.imglib2.FinalInterval.createMinMax(3 + 30, -2, 5, 3 + 39, -2 + 6, 5));
		TiledInference.predictCores(raw, Dl4jBackend.of(unet, 2), unet.info(), cores, some, executor);
		var w = whole.randomAccess();
		var s = some.randomAccess();
		int inside = 0;
		for (long z = 0; z < 2; z++)
			for (long y = 0; y < 36; y++)
				for (long x = 0; x < 40; x++) {
					float got = s.setPositionAndGet(x, y, z).get();
					boolean inCore = z == 1 && x >= 4 && x <= 12 && y >= 10 && y <= 20 || z == 0 && x >= 30 && y <= 6;
					if (inCore) {
						assertEquals(w.setPositionAndGet(x, y, z).get(), got, 1e-5f);
						inside++;
					} else
						assertEquals(-1f, got, "outside the cores at " + x + ", " + y + ", " + z);
				}
		assertEquals(9 * 11 + 10 * 7, inside);
		assertThrows(IllegalArgumentException.class, () -> TiledInference.predictCores(raw, Dl4jBackend.of(unet, 2), unet.info(),
				List.of(net.imglib2.FinalInterval.createMinMax(3, -2, 5, 10, 5, 6)), some, executor));
	}

	@Test
	void offsetIntervalGivesTheSameResult() {
		var raw = randomVolume(2, 30, 26, 1);
		var translated = Views.translate(raw, 7, -5, 3);
		var expected = predict(raw, 16);
		ArrayImg<FloatType, FloatArray> out = ArrayImgs.floats(30, 26, 1);
		MembranePredictor.withDl4j(unet, 1).predict(new Volume<>(translated, VoxelSize.UNIT),
				Views.translate(out, -1, 2, 0), executor, 16);
		assertTrue(maxDifference(expected, out) <= 1e-5, "max difference " + maxDifference(expected, out));
	}

	@Test
	void volumeSmallerThanReceptiveFieldIsRejectedWithoutWriting() {
		var raw = randomVolume(3, 10, 40, 1);
		ArrayImg<FloatType, FloatArray> out = ArrayImgs.floats(10, 40, 1);
		BadInputException e = assertThrows(BadInputException.class,
				() -> MembranePredictor.withDl4j(unet, 1).predict(new Volume<>(raw, VoxelSize.UNIT), out, executor));
		assertTrue(e.getMessage().contains("smaller than the model's receptive field 18 x 18"), e.getMessage());
		assertEquals(0, maxDifference(out, ArrayImgs.floats(10, 40, 1)));
	}

	@Test
	void nanInputIsRejectedWithoutWriting() {
		ArrayImg<FloatType, FloatArray> raw = ArrayImgs.floats(24, 24, 2);
		raw.forEach(t -> t.set(100));
		raw.randomAccess().setPositionAndGet(3, 4, 1).set(Float.NaN);
		ArrayImg<FloatType, FloatArray> out = ArrayImgs.floats(24, 24, 2);
		BadInputException e = assertThrows(BadInputException.class, () -> TiledInference.predict(raw,
				Dl4jBackend.of(unet, 1), unet.info(), 16, out, executor));
		assertTrue(e.getMessage().contains("NaN at voxel (3, 4, 1)"), e.getMessage());
		assertEquals(0, maxDifference(out, ArrayImgs.floats(24, 24, 2)));
	}

	static double maxDifference(RandomAccessibleInterval<FloatType> a, RandomAccessibleInterval<FloatType> b) {
		double[] max = { 0 };
		LoopBuilder.setImages(a, b).forEachPixel((x, y) -> max[0] = Math.max(max[0], Math.abs(x.get() - y.get())));
		return max[0];
	}
}
