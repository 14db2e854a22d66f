package connectomej.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeparableBlurTest {

	@Test
	void blursAnImpulseIntoANormalizedGaussianAlongOneAxis() {
		int[] dims = { 15, 3, 1 };
		float[] data = new float[15 * 3];
		data[7 + 15] = 1; // x = 7, y = 1
		SeparableBlur.blur(data, dims, new double[] { 1.5, 0, 0 });
		double sum = 0;
		for (int x = 0; x < 15; x++)
			sum += data[x + 15];
		assertEquals(1, sum, 1e-5);
		assertEquals(data[6 + 15], data[8 + 15], 1e-7);
		assertEquals(0, data[7], 0); // other rows untouched: y is not blurred
		assertEquals(Math.exp(-0.5 / (1.5 * 1.5)), data[8 + 15] / data[7 + 15], 1e-5);
	}

	@Test
	void leavesAConstantImageConstantEverywhere() {
		int[] dims = { 9, 8, 7 };
		float[] data = new float[9 * 8 * 7];
		java.util.Arrays.fill(data, 100);
		SeparableBlur.blur(data, dims, new double[] { 1, 2, 0.7 });
		for (float v : data)
			assertEquals(100, v, 1e-3);
	}

	@Test
	void radiusIsThreeSigmaRoundedUp() {
		assertEquals(0, SeparableBlur.radius(0));
		assertEquals(4, SeparableBlur.radius(1.25));
	}
}
