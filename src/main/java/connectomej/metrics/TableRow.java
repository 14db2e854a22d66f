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

	/** The rows as aligned text lines, one per row, counts as integers, other values with 6 significant digits. */
	public static String format(List<TableRow> rows) {
		int width = rows.stream().mapToInt(r -> r.name.length()).max().orElse(0);
		StringBuilder s = new StringBuilder();
		for (TableRow r : rows)
			s.append(String.format(Locale.ROOT, "%-" + width + "s  %s%s%n", r.name, number(r.value), r.unit.isEmpty() ? "" : " " + r.unit));
		return s.toString();
	}

	/** Whole numbers (counts) as integers, everything else with 6 significant digits. */
	static String number(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15)
			return Long.toString((long) v);
		return String.format(Locale.ROOT, "%.6g", v);
	}
}
