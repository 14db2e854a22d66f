package connectomej.io.tiff;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The keys ImageJ keeps in the ImageDescription of its TIFFs ({@code ImageJ=1.54p}, {@code images=}, {@code slices=},
 * {@code unit=}, {@code spacing=}, one {@code key=value} per line).
 *
 * @param imageJ true when the description starts with {@code ImageJ=}
 * @param images number of images in the stack, 0 when not given
 * @param slices number of z slices, 0 when not given
 * @param unit length unit of the calibration, or null
 * @param spacing z step in {@code unit}, or NaN
 */
record ImageJDescription(boolean imageJ, int images, int slices, String unit, double spacing) {

	/** Parses a description; one that is null or not ImageJ's gives {@code imageJ == false} and no values. */
	static ImageJDescription parse(String description) {
		if (description == null || !description.startsWith("ImageJ"))
			return new ImageJDescription(false, 0, 0, null, Double.NaN);
		Map<String, String> keys = new HashMap<>();
		for (String line : description.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0)
				keys.put(line.substring(0, eq).trim().toLowerCase(Locale.ROOT), line.substring(eq + 1).trim());
		}
		return new ImageJDescription(true, integer(keys.get("images")), integer(keys.get("slices")),
				unit(keys.get("unit")), number(keys.get("spacing")));
	}

	/** The description ImageJ needs to open {@code depth} pages as a z stack calibrated in nm. */
	static String format(int depth, double zNanometres, double min, double max) {
		StringBuilder s = new StringBuilder("ImageJ=1.54p\n");
		if (depth > 1)
			s.append("images=").append(depth).append("\nslices=").append(depth).append('\n');
		s.append("unit=nm\n");
		if (depth > 1)
			s.append("spacing=").append(zNanometres).append('\n');
		s.append("loop=false\n");
		if (Double.isFinite(min) && Double.isFinite(max))
			s.append("min=").append(min).append("\nmax=").append(max).append('\n');
		return s.toString();
	}

	private static String unit(String value) {
		// ImageJ escapes the micro sign as \u00B5
		return value == null ? null : value.replace("\\u00B5", "\u00B5");
	}

	private static int integer(String value) {
		try {
			return value == null ? 0 : Integer.parseInt(value);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static double number(String value) {
		try {
			return value == null ? Double.NaN : Double.parseDouble(value);
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}
}
