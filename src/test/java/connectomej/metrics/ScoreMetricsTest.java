package connectomej.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** 4x4 hand-computed cases for ROC AUC (exact and histogram), Pearson correlation and AUSE. */
class ScoreMetricsTest {

	static final double EPS = 1e-12;

	/** Scores of a 4x4 section, rows y = 0..3. */
	static final double[][] SCORES = {
			{ 0.9, 0.8, 0.7, 0.6 },
			{ 0.5, 0.5, 0.4, 0.3 },
			{ 0.2, 0.2, 0.1, 0.1 },
			{ 0.0, 0.0, 0.0, 0.0 } };

	static final boolean[][] POSITIVE = {
			{ true, true, false, true },
			{ true, false, false, false },
			{ true, false, false, false },
			{ false, false, false, false } };

	static double[] flat(double[][] rows) {
		return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
	}

	static boolean[] flat(boolean[][] rows) {
		boolean[] f = new boolean[16];
		for (int y = 0; y < 4; y++)
			System.arraycopy(rows[y], 0, f, 4 * y, 4);
		return f;
	}

	@Test
	void exactAucCountsTiesAsHalf() {
		// P = 5 (0.9, 0.8, 0.6, 0.5, 0.2), N = 11 (0.7, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1, 0, 0, 0, 0).
		// negatives below each positive (+ half the equal ones): 0.9: 11, 0.8: 11, 0.6: 10, 0.5: 9 + 0.5, 0.2: 6 + 0.5
		// AUC = 48 / 55
		assertEquals(48.0 / 55, RocAuc.exact(flat(SCORES), flat(POSITIVE)), EPS);
	}

	@Test
	void histogramAucWithOneValuePerBinIsExactAndCoarseBinsStayWithinTheBound() {
		RocAucHistogram fine = histogram(10);
		// every distinct score has its own bin: the same 48/55; shared bins 0.5 (1 pos x 1 neg), 0.2 (1 x 1):
		// bound = 0.5 * 2 / 55
		assertEquals(48.0 / 55, fine.auc(), 1e-12);
		assertEquals(1.0 / 55, fine.errorBound(), EPS);
		RocAucHistogram coarse = histogram(2);
		// bin [0, 0.5): pos 1, neg 9; bin [0.5, 1]: pos 4, neg 2
		// AUC = (1 * (0 + 9/2) + 4 * (9 + 2/2)) / 55 = 44.5 / 55; bound = 0.5 (1*9 + 4*2) / 55 = 8.5 / 55
		assertEquals(44.5 / 55, coarse.auc(), EPS);
		assertEquals(8.5 / 55, coarse.errorBound(), EPS);
		assertTrue(Math.abs(coarse.auc() - 48.0 / 55) <= coarse.errorBound());
	}

	private static RocAucHistogram histogram(int bins) {
		RocAucHistogram h = new RocAucHistogram(0, 1, bins);
		double[] s = flat(SCORES);
		boolean[] p = flat(POSITIVE);
		for (int i = 0; i < s.length; i++)
			h.add(s[i], p[i]);
		return h;
	}

	@Test
	void histogramAucIsWithinItsBoundOnRandomDataAndMerges() {
		Random random = new Random(3);
		double[] s = new double[20_000];
		boolean[] p = new boolean[s.length];
		RocAucHistogram a = new RocAucHistogram(0, 1, 64), b = new RocAucHistogram(0, 1, 64);
		for (int i = 0; i < s.length; i++) {
			p[i] = random.nextBoolean();
			s[i] = Math.min(1, Math.max(0, random.nextGaussian() * 0.2 + (p[i] ? 0.6 : 0.4)));
			(i % 2 == 0 ? a : b).add(s[i], p[i]);
		}
		a.addAll(b);
		double exact = RocAuc.exact(s, p);
		assertTrue(Math.abs(a.auc() - exact) <= a.errorBound(), a.auc() + " vs " + exact + " bound " + a.errorBound());
		assertTrue(a.errorBound() < 0.02);
	}

	@Test
	void exactAucRejectsOneClass() {
		assertThrows(IllegalArgumentException.class, () -> RocAuc.exact(new double[] { 1, 2 }, new boolean[] { true, true }));
	}

	@Test
	void pearsonOf4x4() {
		// each row: x = 1, 2, 3, 4 and y = 2, 1, 4, 3; means 2.5; dx = -1.5, -0.5, 0.5, 1.5; dy = -0.5, -1.5, 1.5, 0.5
		// sum dx dy = 4 * 0.75 = 3 per row, sum dx^2 = sum dy^2 = 5 per row: r = 3 / 5 = 0.6 (four equal rows)
		double[] x = new double[16], y = new double[16];
		double[] xs = { 1, 2, 3, 4 }, ys = { 2, 1, 4, 3 };
		for (int i = 0; i < 16; i++) {
			x[i] = xs[i % 4];
			y[i] = ys[i % 4];
		}
		PearsonCorrelation r = new PearsonCorrelation();
		r.addAll(x, y);
		assertEquals(0.6, r.correlation(), EPS);
		// numerically stable far from zero: shift by 1e9
		PearsonCorrelation shifted = new PearsonCorrelation();
		for (int i = 0; i < 16; i++)
			shifted.add(x[i] + 1e9, y[i] - 1e9);
		assertEquals(0.6, shifted.correlation(), 1e-9);
		// merging two halves gives the same
		PearsonCorrelation first = new PearsonCorrelation(), second = new PearsonCorrelation();
		for (int i = 0; i < 16; i++)
			(i < 5 ? first : second).add(x[i], y[i]);
		first.addAll(second);
		assertEquals(16, first.count());
		assertEquals(0.6, first.correlation(), EPS);
		// merging accumulators whose first pairs (their shifts) differ: (1, 2) and (4, 3)
		PearsonCorrelation forward = new PearsonCorrelation(), backward = new PearsonCorrelation();
		for (int i = 0; i < 8; i++) {
			forward.add(x[i], y[i]);
			backward.add(x[15 - i], y[15 - i]);
		}
		backward.addAll(forward);
		assertEquals(0.6, backward.correlation(), EPS);
		assertTrue(Double.isNaN(new PearsonCorrelation().correlation()));
	}

	@Test
	void auseOf4x4WithFourSteps() {
		// errors: rows 0 and 1 are 1, rows 2 and 3 are 0; uncertainty per row 0.9, 0.1, 0.8, 0.2.
		// fractions 0, 1/4, 1/2, 3/4 remove 0, 4, 8, 12 voxels.
		// oracle removes the 1s first: means 8/16, 4/12, 0/8, 0/4
		// by uncertainty (rows 0, 2, 3, 1): 8/16, rows 1-3 = 4/12, rows 3 and 1 = 4/8, row 1 = 4/4
		// AUSE = (0 + 0 + 0.5 + 1) / 4 = 0.375
		double[] errors = new double[16], uncertainty = new double[16];
		double[] rowUncertainty = { 0.9, 0.1, 0.8, 0.2 };
		for (int i = 0; i < 16; i++) {
			errors[i] = i < 8 ? 1 : 0;
			uncertainty[i] = rowUncertainty[i / 4];
		}
		SparsificationCurve c = Sparsification.of(errors, uncertainty, 4);
		assertArrayEquals(new double[] { 0, 0.25, 0.5, 0.75 }, c.fractions(), EPS);
		assertArrayEquals(new double[] { 0.5, 1.0 / 3, 0, 0 }, c.oracle(), EPS);
		assertArrayEquals(new double[] { 0.5, 1.0 / 3, 0.5, 1 }, c.sparsification(), EPS);
		assertEquals(0.375, c.ause(), EPS);
		assertTrue(c.toJson().startsWith("{\"ause\": 0.375, \"fractions\": [0.0, 0.25, 0.5, 0.75]"), c.toJson());
	}

	@Test
	void perfectUncertaintyHasZeroAuse() {
		Random random = new Random(5);
		double[] errors = new double[1000];
		for (int i = 0; i < errors.length; i++)
			errors[i] = random.nextDouble();
		assertEquals(0.0, Sparsification.of(errors, errors.clone()).ause(), EPS);
		double[] reversed = new double[errors.length];
		for (int i = 0; i < errors.length; i++)
			reversed[i] = -errors[i];
		assertTrue(Sparsification.of(errors, reversed).ause() > 0.2);
	}
}
