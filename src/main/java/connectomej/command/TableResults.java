package connectomej.command;

import connectomej.io.CsvTable;
import ij.measure.ResultsTable;

/** CSV tables as ImageJ ResultsTables: numbers (also numbers written as text) stay numbers, the rest is text. */
final class TableResults {

	private TableResults() {}

	static ResultsTable of(CsvTable table) {
		ResultsTable t = new ResultsTable();
		t.setPrecision(6);
		for (int row = 0; row < table.rows().size(); row++) {
			t.incrementCounter();
			for (int c = 0; c < table.columns().size(); c++) {
				Object cell = table.rows().get(row).get(c);
				Double number = number(cell);
				if (number != null)
					t.addValue(table.columns().get(c), number);
				else
					t.addValue(table.columns().get(c), String.valueOf(cell));
			}
		}
		return t;
	}

	/** A number cell, or a text cell that reads as one (tables read back from CSV hold text); else null. */
	private static Double number(Object cell) {
		if (cell instanceof Number n)
			return n.doubleValue();
		try {
			return Double.valueOf(((String) cell).trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
