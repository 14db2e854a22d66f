package connectomej.metrics;

import java.util.List;
import java.util.Locale;

/**
 * One line of a printed results table: a metric's name, its value and its unit (empty when unitless).
 *
 * @param name what was measured, e.g. "VOI split"
 * @param value the value
 * @param unit e.g. "bits", or ""
 */
public record TableRow(String name, double value, String unit) {

	/** The rows as aligned text lines, one per row, values with 6 significant digits. */
	public static String format(List<TableRow> rows) {
		int width = rows.stream().mapToInt(r -> r.name.length()).max().orElse(0);
		StringBuilder s = new StringBuilder();
		for (TableRow r : rows)
			s.append(String.format(Locale.ROOT, "%-" + width + "s  %.6g%s%n", r.name, r.value, r.unit.isEmpty() ? "" : " " + r.unit));
		return s.toString();
	}
}
