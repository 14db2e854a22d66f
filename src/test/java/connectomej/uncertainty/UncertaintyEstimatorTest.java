package connectomej.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.nn.StoredModel;

class UncertaintyEstimatorTest {

	static ExecutorService executor;

	@BeforeAll
	static void setUp() {
		executor = Executors.newFixedThreadPool(2);
	}

	@AfterAll
	static void tearDown() {
		executor.shutdownNow();
	}

	static ArrayImg<UnsignedByteType, ?> raw(long seed) {
		var raw = ArrayImgs.unsignedBytes(21, 17, 2);
		Random r = new Random(seed);
		raw.forEach(v -> v.set(r.nextInt(256)));
		return raw;
	}

	static ArrayImg<FloatType, ?>[] estimate(RandomAccessibleInterval<UnsignedByteType> raw, StoredModel model,
			UncertaintySettings s, int tileSize) {
		@SuppressWarnings("unchecked")
		ArrayImg<FloatType, ?>[] maps = new ArrayImg[] { ArrayImgs.floats(21, 17, 2), ArrayImgs.floats(21, 17, 2) };
		UncertaintyEstimator.estimate(raw, model, s, maps[0], maps[1], tileSize, executor, 2);
		return maps;
	}

	static double maxDifference(Iterable<FloatType> a, Iterable<FloatType> b) {
		var i = b.iterator();
		double d = 0;
		for (FloatType v : a)
			d = Math.max(d, Math.abs(v.get() - i.next().get()));
		return d;
	}

	@Test
	void transformationMapsDoNotDependOnTheTileSizeOrOffset() {
		StoredModel model = TinyModels.plain();
		var raw = raw(1);
		var small = estimate(raw, model, UncertaintySettings.transformation(8), 5);
		var large = estimate(Views.translate(raw, 30, -4, 7), model, UncertaintySettings.transformation(8), 64);
		assertEquals(0, maxDifference(small[0], large[0]), 1e-5);
		assertEquals(0, maxDifference(small[1], large[1]), 1e-6);
		double total = 0;
		for (FloatType v : small[1])
			total += v.get();
		assertTrue(total > 0, "an untrained net is not symmetric: some variance");
	}

	@Test
	void noiseVarianceGrowsWithSigmaAndMeanStaysNearThePlainPrediction() {
		StoredModel model = TinyModels.plain();
		var raw = raw(2);
		var faint = estimate(raw, model, UncertaintySettings.noise(1, 0.01, 4, 3), 32);
		var strong = estimate(raw, model, UncertaintySettings.noise(1, 0.5, 4, 3), 32);
		var plain = ArrayImgs.floats(21, 17, 2);
		connectomej.nn.TiledInference.predict(raw, connectomej.nn.Dl4jBackend.of(model, 1), model.info(), 32, plain, executor);
		assertTrue(mean(strong[1]) > 100 * mean(faint[1]), mean(strong[1]) + " vs " + mean(faint[1]));
		assertTrue(maxDifference(faint[0], plain) < 1e-2);
	}

	@Test
	void monteCarloDropoutGivesVariance() {
		var maps = estimate(raw(3), TinyModels.withDropout(), UncertaintySettings.monteCarloDropout(3, 1), 32);
		assertTrue(mean(maps[1]) > 0);
	}

	static double mean(Iterable<FloatType> a) {
		double s = 0;
		long n = 0;
		for (FloatType v : a) {
			s += v.get();
			n++;
		}
		return s / n;
	}
}
