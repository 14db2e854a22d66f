package connectomej.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PlaneFitTest {

	@Test
	void findsTheNormalOfATiltedNoisyDisc() {
		double[] n = { 0.3, -0.5, 0.8 };
		double norm = Math.sqrt(0.09 + 0.25 + 0.64);
		double[] u = { 0.5 / norm * 0 + 0.5, 0.3, 0 }; // in-plane vector: n . u = 0.15 - 0.15 = 0
		double[] w = { n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0] };
		PlaneFit fit = new PlaneFit();
		Random r = new Random(3);
		for (int i = 0; i < 2000; i++) {
			double a = r.nextGaussian() * 50, b = r.nextGaussian() * 50, e = r.nextGaussian();
			fit.add(a * u[0] + b * w[0] + e * n[0], a * u[1] + b * w[1] + e * n[1], a * u[2] + b * w[2] + e * n[2]);
		}
		double[] found = fit.normal();
		double cos = Math.abs(found[0] * n[0] + found[1] * n[1] + found[2] * n[2]) / norm;
		assertEquals(1, cos, 1e-3);
	}
}
