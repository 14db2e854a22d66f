package connectomej.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV files as {@link CsvTable}s (RFC 4180: comma separated, CRLF line ends, fields with comma, quote, CR or LF in
 * double quotes, quotes doubled). The first line holds the column names. Reading also accepts LF line ends.
 */
public final class CsvTables {

	private CsvTables() {}

	/**
	 * Reads a CSV file; every cell comes back as a String (use {@link CsvTable#number}).
	 *
	 * @throws BadInputException when the file is missing, empty, has an unclosed quote or a row with another number
	 *             of fields than the header
	 */
	public static CsvTable read(Path file) throws IOException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new BadInputException(file, "no such file");
		}
		List<List<Object>> records = new CsvParser(file, text).records();
		if (records.isEmpty())
			throw new BadInputException(file, "empty CSV: no header line");
		List<String> columns = new ArrayList<>();
		for (Object c : records.get(0))
			columns.add((String) c);
		for (int r = 1; r < records.size(); r++)
			if (records.get(r).size() != columns.size())
				throw new BadInputException(file, "record " + (r + 1) + " has " + records.get(r).size()
						+ " fields, the header has " + columns.size());
		return new CsvTable(columns, records.subList(1, records.size()));
	}

	/** Writes a table as CSV, atomically. Numbers are written with {@code toString} (shortest exact form). */
	public static void write(CsvTable table, Path file) throws IOException {
		AtomicFiles.write(file, temporary -> {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				line(out, new ArrayList<>(table.columns()));
				for (List<Object> row : table.rows())
					line(out, row);
			}
		});
	}

	/** A field as it appears in the file: quoted when it holds a comma, quote, CR or LF. */
	static String field(Object cell) {
		String s = cell.toString();
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0)
			return s;
		return '"' + s.replace("\"", "\"\"") + '"';
	}

	private static void line(Writer out, List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++)
			out.write((i == 0 ? "" : ",") + field(cells.get(i)));
		out.write("\r\n");
	}
}
