package connectomej.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

import connectomej.io.BadInputException;
import connectomej.nn.Dl4jBackend;
import connectomej.nn.InferenceBackend;
import connectomej.nn.StoredModel;

class PerturbedNetworksTest {

	static final int W = 12, H = 10;

	static float[] tile(long seed) {
		Random r = new Random(seed);
		float[] t = new float[W * H];
		for (int i = 0; i < t.length; i++)
			t[i] = r.nextFloat();
		return t;
	}

	static InferenceBackend perturbed(StoredModel model, Perturbation p, long seed) {
		ComputationGraph net = PerturbedNetworks.perturbed(model.network(), p);
		return new SeededBackend(new Dl4jBackend(net, 1, 1, 2), seed);
	}

	static double maxDifference(float[] a, float[] b) {
		double d = 0;
		for (int i = 0; i < a.length; i++)
			d = Math.max(d, Math.abs(a[i] - b[i]));
		return d;
	}

	@Test
	void listsLayersWithActivationsButNotTheOutput() {
		assertEquals(List.of("conv0", "conv1", "logits"), PerturbedNetworks.layers(TinyModels.plain().network()));
	}

	@Test
	void unknownLayerNamesTheValidOnes() {
		var e = assertThrows(BadInputException.class,
				() -> PerturbedNetworks.perturbed(TinyModels.plain().network(), new Perturbation(Perturbation.Kind.NOISE, 3, 0.1)));
		assertEquals("the model has no layer 3; valid layers: 0 conv0, 1 conv1, 2 logits", e.getMessage());
	}

	@Test
	void noiseChangesTheOutputReproduciblyAndLeavesTheModelAlone() {
		StoredModel model = TinyModels.plain();
		float[] x = tile(1), plain = Dl4jBackend.of(model, 1).predict(x, W, H);
		Perturbation noise = new Perturbation(Perturbation.Kind.NOISE, 1, 0.5);
		float[] a = perturbed(model, noise, 7).predict(x, W, H), again = perturbed(model, noise, 7).predict(x, W, H);
		float[] other = perturbed(model, noise, 8).predict(x, W, H);
		assertArrayEquals(a, again, "same seed, same noise");
		assertTrue(maxDifference(a, plain) > 1e-3, "noise changes the output");
		assertTrue(maxDifference(a, other) > 1e-3, "another seed, other noise");
		assertArrayEquals(plain, Dl4jBackend.of(model, 1).predict(x, W, H), "the original network is unchanged");
		float[] faint = perturbed(model, new Perturbation(Perturbation.Kind.NOISE, 1, 1e-6), 7).predict(x, W, H);
		assertTrue(maxDifference(faint, plain) < 1e-4, "faint noise, nearly the plain output");
	}

	@Test
	void dropoutZeroesActivationsAtInference() {
		StoredModel model = TinyModels.plain();
		float[] x = tile(2), plain = Dl4jBackend.of(model, 1).predict(x, W, H);
		float[] dropped = perturbed(model, new Perturbation(Perturbation.Kind.DROPOUT, 0, 0.5), 3).predict(x, W, H);
		assertTrue(maxDifference(dropped, plain) > 1e-3);
	}

	@Test
	void amountsOutOfRangeAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new Perturbation(Perturbation.Kind.NOISE, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> new Perturbation(Perturbation.Kind.NOISE, 0, Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> new Perturbation(Perturbation.Kind.DROPOUT, 0, 1));
	}

	@Test
	void monteCarloDropoutSamplesOnlyWithTrainingDropout() {
		StoredModel model = TinyModels.withDropout();
		float[] x = tile(3);
		float[] deterministic = Dl4jBackend.of(model, 1).predict(x, W, H);
		assertArrayEquals(deterministic, Dl4jBackend.of(model, 1).predict(x, W, H), "inference mode: no dropout");
		var mc = MonteCarloDropoutBackend.of(model.network(), 1, 1, 1);
		float[] a = new SeededBackend(mc, 1).predict(x, W, H), b = new SeededBackend(mc, 2).predict(x, W, H);
		assertTrue(maxDifference(a, b) > 1e-3, "dropout on: samples differ");
		assertArrayEquals(a, new SeededBackend(mc, 1).predict(x, W, H), "and are reproducible");
	}
}
