package connectomej.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HungarianAssignmentTest {

	@Test
	void handChecked3x3() {
		double[][] cost = {
				{ 4, 1, 3 },
				{ 2, 0, 5 },
				{ 3, 2, 2 } };
		// the six permutations cost 4+0+2=6, 4+5+2=11, 1+2+2=5, 1+5+3=9, 3+2+2=7, 3+0+3=6: best rows -> 1, 0, 2
		assertArrayEquals(new int[] { 1, 0, 2 }, HungarianAssignment.minimumCost(cost));
	}

	@Test
	void moreRowsThanColumnsLeavesRowsOut() {
		double[][] cost = { { 5 }, { 1 }, { 3 } };
		assertArrayEquals(new int[] { -1, 0, -1 }, HungarianAssignment.minimumCost(cost));
		assertArrayEquals(new int[0], HungarianAssignment.minimumCost(new double[0][0]));
	}

	@Test
	void agreesWithBruteForceOnRandomRectangularMatrices() {
		Random random = new Random(11);
		for (int trial = 0; trial < 300; trial++) {
			int rows = 1 + random.nextInt(6), cols = 1 + random.nextInt(6);
			double[][] cost = new double[rows][cols];
			for (double[] row : cost)
				for (int c = 0; c < cols; c++)
					row[c] = random.nextInt(4) == 0 ? 1000 : random.nextInt(20); // ties and "forbidden" entries
			int[] assigned = HungarianAssignment.minimumCost(cost);
			assertEquals(bruteForce(cost, 0, new boolean[cols]), total(cost, assigned), 1e-9, "trial " + trial);
			assertEquals(Math.min(rows, cols), java.util.Arrays.stream(assigned).filter(c -> c >= 0).distinct().count());
		}
	}

	private static double total(double[][] cost, int[] assigned) {
		double sum = 0;
		for (int r = 0; r < assigned.length; r++)
			sum += assigned[r] < 0 ? 0 : cost[r][assigned[r]];
		return sum;
	}

	/** Minimum over all assignments of min(rows, cols) pairs; rows may be skipped only when rows > cols. */
	private static double bruteForce(double[][] cost, int row, boolean[] usedCols) {
		if (row == cost.length)
			return 0;
		int freeCols = 0;
		for (boolean u : usedCols)
			freeCols += u ? 0 : 1;
		double best = Double.POSITIVE_INFINITY;
		if (cost.length - row > freeCols)
			best = bruteForce(cost, row + 1, usedCols);
		for (int c = 0; c < usedCols.length; c++)
			if (!usedCols[c]) {
				usedCols[c] = true;
				best = Math.min(best, cost[row][c] + bruteForce(cost, row + 1, usedCols));
				usedCols[c] = false;
			}
		return best;
	}
}
