package connectomej.command;

import connectomej.io.CsvTable;
import ij.measure.ResultsTable;

/** CSV tables as ImageJ ResultsTables: numbers stay numbers, everything else becomes a string cell. */
final class TableResults {

	private TableResults() {}

	static ResultsTable of(CsvTable table) {
		ResultsTable t = new ResultsTable();
		t.setPrecision(6);
		for (int row = 0; row < table.rows().size(); row++) {
			t.incrementCounter();
			for (int c = 0; c < table.columns().size(); c++) {
				Object cell = table.rows().get(row).get(c);
				if (cell instanceof Number n)
					t.addValue(table.columns().get(c), n.doubleValue());
				else
					t.addValue(table.columns().get(c), String.valueOf(cell));
			}
		}
		return t;
	}
}
