package connectomej.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A small table: column names and rows of cells, each a String or a Number (synapse lists, object statistics,
 * merge candidates).
 *
 * @param columns column names, in order
 * @param rows rows of cells, each as long as {@code columns}
 */
public record CsvTable(List<String> columns, List<List<Object>> rows) {

	public CsvTable {
		columns = List.copyOf(columns);
		List<List<Object>> copy = new ArrayList<>(rows.size());
		for (List<Object> row : rows) {
			if (row.size() != columns.size())
				throw new IllegalArgumentException("row " + copy.size() + " has " + row.size() + " cells, the table has "
						+ columns.size() + " columns");
			for (Object cell : row)
				if (!(cell instanceof String || cell instanceof Number))
					throw new IllegalArgumentException("cells are String or Number, got " + cell);
			copy.add(List.copyOf(row));
		}
		rows = List.copyOf(copy);
	}

	/** Index of a column by name, or -1. */
	public int column(String name) {
		return columns.indexOf(name);
	}

	/** The cell in row {@code row} (from 0) and column {@code name} as text. */
	public String text(int row, String name) {
		return String.valueOf(rows.get(row).get(checked(name)));
	}

	/**
	 * The cell in row {@code row} and column {@code name} as a number (text cells are parsed).
	 *
	 * @throws NumberFormatException when the cell is text that is not a number
	 */
	public double number(int row, String name) {
		Object cell = rows.get(row).get(checked(name));
		return cell instanceof Number n ? n.doubleValue() : Double.parseDouble(((String) cell).trim());
	}

	private int checked(String name) {
		int c = column(name);
		if (c < 0)
			throw new IllegalArgumentException("no column " + name + " in " + columns);
		return c;
	}
}
