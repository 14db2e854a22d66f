package connectomej.metrics;

import java.util.Arrays;

/**
 * Minimum-cost assignment of rows to columns (Kuhn 1955, Munkres 1957), in the O(n^2 m) shortest-augmenting-path
 * form with row and column potentials.
 */
public final class HungarianAssignment {

	private HungarianAssignment() {}

	/**
	 * The assignment that minimises the total cost, each row to a distinct column, as many pairs as the smaller side.
	 *
	 * @param cost rectangular matrix [row][column] of finite costs; may be empty
	 * @return for each row its column, or -1 if the row is left out (only when there are more rows than columns)
	 */
	public static int[] minimumCost(double[][] cost) {
		int rows = cost.length, cols = rows == 0 ? 0 : cost[0].length;
		if (rows == 0 || cols == 0) {
			int[] none = new int[rows];
			Arrays.fill(none, -1);
			return none;
		}
		if (rows <= cols)
			return assignRows(cost, rows, cols);
		int[] colToRow = assignRows(transpose(cost), cols, rows);
		int[] rowToCol = new int[rows];
		Arrays.fill(rowToCol, -1);
		for (int c = 0; c < cols; c++)
			rowToCol[colToRow[c]] = c;
		return rowToCol;
	}

	/** Rows <= cols. Arrays are 1-based; column 0 is a virtual start column. */
	private static int[] assignRows(double[][] cost, int rows, int cols) {
		double[] u = new double[rows + 1], v = new double[cols + 1];
		int[] rowOfCol = new int[cols + 1], previous = new int[cols + 1];
		for (int row = 1; row <= rows; row++) {
			rowOfCol[0] = row;
			int col = augmentingPathEnd(cost, u, v, rowOfCol, previous);
			while (col != 0) {
				int prev = previous[col];
				rowOfCol[col] = rowOfCol[prev];
				col = prev;
			}
		}
		int[] rowToCol = new int[rows];
		for (int c = 1; c <= cols; c++)
			if (rowOfCol[c] != 0)
				rowToCol[rowOfCol[c] - 1] = c - 1;
		return rowToCol;
	}

	/** Dijkstra-like search on reduced costs from the new row to a free column, updating the potentials. */
	private static int augmentingPathEnd(double[][] cost, double[] u, double[] v, int[] rowOfCol, int[] previous) {
		int cols = v.length - 1;
		double[] slack = new double[cols + 1];
		Arrays.fill(slack, Double.POSITIVE_INFINITY);
		boolean[] visited = new boolean[cols + 1];
		int col = 0;
		do {
			visited[col] = true;
			int row = rowOfCol[col], next = 0;
			double delta = Double.POSITIVE_INFINITY;
			for (int c = 1; c <= cols; c++) {
				if (visited[c])
					continue;
				double reduced = cost[row - 1][c - 1] - u[row] - v[c];
				if (reduced < slack[c]) {
					slack[c] = reduced;
					previous[c] = col;
				}
				if (slack[c] < delta) {
					delta = slack[c];
					next = c;
				}
			}
			for (int c = 0; c <= cols; c++) {
				if (visited[c]) {
					u[rowOfCol[c]] += delta;
					v[c] -= delta;
				} else
					slack[c] -= delta;
			}
			col = next;
		} while (rowOfCol[col] != 0);
		return col;
	}

	private static double[][] transpose(double[][] m) {
		double[][] t = new double[m[0].length][m.length];
		for (int r = 0; r < m.length; r++)
			for (int c = 0; c < m[0].length; c++)
				t[c][r] = m[r][c];
		return t;
	}
}
