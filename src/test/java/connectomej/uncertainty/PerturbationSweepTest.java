package connectomej.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;

import connectomej.nn.Dl4jBackend;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;

class PerturbationSweepTest {

	static ExecutorService executor;

	@BeforeAll
	static void setUp() {
		executor = Executors.newFixedThreadPool(2);
	}

	@AfterAll
	static void tearDown() {
		executor.shutdownNow();
	}

	@Test
	void keepsPerturbationsThatPreserveAccuracyAndChoosesTheStrongestKept() {
		StoredModel model = TinyModels.plain();
		var raw = UncertaintyEstimatorTest.raw(5);
		var plain = ArrayImgs.floats(21, 17, 2);
		TiledInference.predict(raw, Dl4jBackend.of(model, 1), model.info(), 32, plain, executor);
		// labels = the plain model's own decisions around its median, so its F1 and AUC are 1
		float median = median(plain);
		var labels = ArrayImgs.unsignedBytes(21, 17, 2);
		var l = labels.cursor();
		for (var v : plain)
			l.next().set(v.get() > median ? 1 : 0);
		List<UncertaintySettings> candidates = List.of(UncertaintySettings.noise(2, 1e-5, 3, 1),
				UncertaintySettings.noise(2, 2e-5, 3, 1), UncertaintySettings.noise(2, 50, 3, 1));
		var results = PerturbationSweep.run(raw, labels, plain, model, candidates, 0.01, 32, executor, 2);
		assertTrue(results.get(0).kept() && results.get(1).kept());
		assertFalse(results.get(2).kept(), "sigma 50 on the logits scrambles the decisions: F1 " + results.get(2).f1());
		assertEquals(2e-5, PerturbationSweep.choose(results).orElseThrow().settings().amount());
	}

	static float median(Iterable<net.imglib2.type.numeric.real.FloatType> values) {
		List<Float> all = new java.util.ArrayList<>();
		values.forEach(v -> all.add(v.get()));
		all.sort(null);
		return all.get(all.size() / 2);
	}
}
