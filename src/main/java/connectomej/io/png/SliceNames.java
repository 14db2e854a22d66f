package connectomej.io.png;

import java.util.Comparator;

/** Names of slice files: how they are made and sorted ("z9.png" before "z10.png"). */
final class SliceNames {

	/** Compares names with runs of digits compared as numbers, then the rest character by character. */
	static final Comparator<String> NATURAL = SliceNames::compareNatural;

	private SliceNames() {}

	/** The file name of slice {@code z} of {@code depth}: {@code z0000.png}, zero-padded to at least 4 digits. */
	static String of(long z, long depth) {
		int digits = Math.max(4, Long.toString(Math.max(0, depth - 1)).length());
		return "z" + String.format("%0" + digits + "d", z) + ".png";
	}

	/** Whether {@code name} is a slice name {@link #of} gives, for some depth. */
	static boolean isSliceName(String name) {
		return name.matches("z\\d{4,}\\.png");
	}

	private static int compareNatural(String a, String b) {
		int i = 0, j = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i), cb = b.charAt(j);
			if (Character.isDigit(ca) && Character.isDigit(cb)) {
				int ei = digitsEnd(a, i), ej = digitsEnd(b, j);
				int c = compareNumbers(a.substring(i, ei), b.substring(j, ej));
				if (c != 0)
					return c;
				i = ei;
				j = ej;
			} else {
				if (ca != cb)
					return Character.compare(ca, cb);
				i++;
				j++;
			}
		}
		return a.length() - i != b.length() - j ? Integer.compare(a.length() - i, b.length() - j) : a.compareTo(b);
	}

	private static int compareNumbers(String x, String y) {
		String a = x.replaceFirst("^0+(?=.)", ""), b = y.replaceFirst("^0+(?=.)", "");
		return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

	private static int digitsEnd(String s, int from) {
		while (from < s.length() && Character.isDigit(s.charAt(from)))
			from++;
		return from;
	}
}
