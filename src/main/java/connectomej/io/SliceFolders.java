package connectomej.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Folders that hold a volume as one file per section (PNG or TIFF slices): which files are the slices, in what order.
 */
public final class SliceFolders {

	/**
	 * Compares names with runs of digits compared as numbers ({@code z9.png} before {@code z10.png}) and the rest
	 * character by character, ignoring case ({@code S2.tif} after {@code s1.tif}); names equal but for case in plain
	 * order.
	 */
	public static final Comparator<String> NATURAL = SliceFolders::compareNatural;

	private SliceFolders() {}

	/**
	 * The regular files of a folder whose names end in one of {@code extensions} (any case), in {@link #NATURAL} order.
	 *
	 * @param extensions like {@code ".png"}
	 */
	public static List<Path> files(Path folder, String... extensions) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> hasExtension(p, extensions)).filter(Files::isRegularFile)
					.sorted((a, b) -> NATURAL.compare(a.getFileName().toString(), b.getFileName().toString())).toList();
		}
	}

	/** Whether {@code location} is a folder that holds TIFF files and no PNG file: its TIFFs are the sections. */
	static boolean isTiffFolder(Path location) {
		if (!Files.isDirectory(location))
			return false;
		try {
			return files(location, ".png").isEmpty() && !files(location, ".tif", ".tiff").isEmpty();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean hasExtension(Path p, String... extensions) {
		String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
		for (String e : extensions)
			if (name.endsWith(e))
				return true;
		return false;
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
				char la = Character.toLowerCase(ca), lb = Character.toLowerCase(cb);
				if (la != lb)
					return Character.compare(la, lb);
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
