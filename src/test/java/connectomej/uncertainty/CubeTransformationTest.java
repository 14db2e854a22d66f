package connectomej.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

import connectomej.nn.ShallowMembraneNet;

class CubeTransformationTest {

	@Test
	void identityOnlyHasNoVarianceAndTheFullGroupHas() {
		ComputationGraph net = ShallowMembraneNet.create(new ShallowMembraneNet.Settings(3, 1, 1, 2, 1, 5, 1e-3));
		int[] size = { 6, 5, 4 };
		float[] block = new float[6 * 5 * 4];
		Random r = new Random(2);
		for (int i = 0; i < block.length; i++)
			block[i] = r.nextFloat();
		float[][] all = CubeTransformation.meanAndVariance(net, block, 1, size, 48);
		assertEquals(block.length, all[0].length);
		double total = 0;
		for (float v : all[1])
			total += v;
		assertTrue(total > 0, "a random 3D net is not cube-symmetric");
		float[] plain = net.outputSingle(org.nd4j.linalg.factory.Nd4j.create(block, new long[] { 1, 1, 4, 5, 6 }, 'c'))
				.dup('c').reshape(-1).toFloatVector();
		// K = 2 (identity, mirror in x): mean (a + b) / 2 and variance (a - b)^2 / 2, so |mean - a| = sqrt(variance / 2)
		// exactly when sample a is the plain prediction
		float[][] two = CubeTransformation.meanAndVariance(net, block, 1, size, 2);
		for (int i = 0; i < plain.length; i++)
			assertEquals(Math.sqrt(two[1][i] / 2), Math.abs(two[0][i] - plain[i]), 1e-5);
		assertThrows(IllegalArgumentException.class, () -> CubeTransformation.meanAndVariance(net, block, 1, size, 49));
	}
}
