package connectomej.ij1;

import java.util.List;

import connectomej.io.CsvTable;
import ij.measure.ResultsTable;

/** ImageJ ResultsTables from the suite's tables, cell for cell: numbers stay numbers, text stays text. */
public final class ResultsTables {

	private ResultsTables() {}

	/** A new ResultsTable with the columns and rows of {@code table}, numbers shown with up to 6 decimals. */
	public static ResultsTable of(CsvTable table) {
		ResultsTable t = new ResultsTable();
		t.setPrecision(6);
		for (List<Object> row : table.rows()) {
			t.incrementCounter();
			for (int c = 0; c < row.size(); c++) {
				Object cell = row.get(c);
				if (cell instanceof Number n)
					t.addValue(table.columns().get(c), n.doubleValue());
				else
					t.addValue(table.columns().get(c), cell.toString());
			}
		}
		return t;
	}
}
