package connectomej.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;

class UncertaintyScoresTest {

	@Test
	void varianceThatRanksTheErrorsScoresPerfectly() {
		// probability  0.9  0.2  0.6  0.1     labels 1 0 0 1: pixels 2 and 3 are misclassified
		// variance     0.0  0.1  0.3  0.4     highest where the errors are
		var p = ArrayImgs.floats(new float[] { 0.9f, 0.2f, 0.6f, 0.1f }, 2, 2, 1);
		var v = ArrayImgs.floats(new float[] { 0, 0.1f, 0.3f, 0.4f }, 2, 2, 1);
		var y = ArrayImgs.unsignedBytes(new byte[] { 1, 0, 0, 1 }, 2, 2, 1);
		UncertaintyScores s = UncertaintyScores.of(p, v, y);
		assertEquals(1, s.auc(), 1e-12);
		assertEquals(0.5, s.errorRate(), 1e-12);
		assertEquals(0, s.ause(), 1e-9, "the variance orders the errors like the oracle");
		assertTrue(s.pearson() > 0.9, "errors 0.1 0.2 0.6 0.9 against 0 0.1 0.3 0.4: " + s.pearson());
		UncertaintyScores reversed = UncertaintyScores.of(p, ArrayImgs.floats(new float[] { 0.4f, 0.3f, 0.1f, 0 }, 2, 2, 1), y);
		assertEquals(0, reversed.auc(), 1e-12);
		assertTrue(reversed.ause() > 0.1);
	}
}
