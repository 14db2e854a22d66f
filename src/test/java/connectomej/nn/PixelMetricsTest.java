package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PixelMetricsTest {

	@Test
	void f1AndAucByHand() {
		PixelMetrics m = new PixelMetrics();
		// positives score 0.9, 0.8, 0.3; negatives 0.7, 0.2, 0.1
		for (float p : new float[] { 0.9f, 0.8f, 0.3f })
			m.add(p, true);
		for (float p : new float[] { 0.7f, 0.2f, 0.1f })
			m.add(p, false);
		// threshold 0.5: tp 2, fp 1, fn 1 -> F1 = 4 / 6
		assertEquals(4.0 / 6, m.f1(0.5), 1e-12);
		// pairs positive > negative: 0.9 and 0.8 beat all 3, 0.3 beats 2 -> 8 / 9
		assertEquals(8.0 / 9, m.auc(), 1e-12);
	}

	@Test
	void tiesCountHalf() {
		PixelMetrics m = new PixelMetrics();
		m.add(0.5f, true);
		m.add(0.5f, false);
		assertEquals(0.5, m.auc(), 1e-12);
	}

	@Test
	void dihedralTransformsAreTheEightSymmetries() {
		float[] patch = { 1, 2, 3, 4 }; // 2 x 2, rows (1 2) (3 4)
		Set<List<Float>> seen = new HashSet<>();
		for (int k = 0; k < 8; k++) {
			float[] t = Augmentation.dihedral(patch, 2, k);
			seen.add(List.of(t[0], t[1], t[2], t[3]));
		}
		assertEquals(8, seen.size());
		assertArrayEquals(new float[] { 2, 1, 4, 3 }, Augmentation.dihedral(patch, 2, 4));
		assertArrayEquals(patch, Augmentation.dihedral(patch, 2, 0));
	}
}
