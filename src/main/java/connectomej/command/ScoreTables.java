package connectomej.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.metrics.TableRow;
import ij.measure.ResultsTable;

/** Score rows as an ImageJ ResultsTable and as a CSV file, both with the columns metric, value, unit. */
final class ScoreTables {

	private static final List<String> COLUMNS = List.of("metric", "value", "unit");

	private ScoreTables() {}

	static ResultsTable of(List<TableRow> rows) {
		ResultsTable t = new ResultsTable();
		t.setPrecision(6);
		for (TableRow r : rows) {
			t.incrementCounter();
			t.addValue(COLUMNS.get(0), r.name());
			t.addValue(COLUMNS.get(1), r.value());
			t.addValue(COLUMNS.get(2), r.unit());
		}
		return t;
	}

	static void saveCsv(List<TableRow> rows, Path file) throws IOException {
		List<List<Object>> cells = new ArrayList<>();
		for (TableRow r : rows)
			cells.add(List.of(r.name(), r.value(), r.unit()));
		CsvTables.write(new CsvTable(COLUMNS, cells), file);
	}
}
