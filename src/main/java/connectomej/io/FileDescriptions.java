package connectomej.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file holds, in a few lines for a person: volumes (TIFF, HDF5, PNG folders) through
 * {@link VolumeFiles#describe}, and the other files found beside EM data (CSV tables, MNIST-style raw digits,
 * text).
 */
public final class FileDescriptions {

	private FileDescriptions() {}

	/**
	 * Describes one file or folder.
	 *
	 * @throws BadInputException when it does not exist or cannot be read as what its name says
	 */
	public static String describe(Path file) throws IOException {
		if (!Files.exists(file))
			throw new BadInputException(file, "no such file");
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv"))
			return describeCsv(file);
		if (name.endsWith(".raw"))
			return describeRaw(file);
		if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".json"))
			return describeText(file);
		return VolumeFiles.describe(file);
	}

	private static String describeCsv(Path file) throws IOException {
		CsvTable t = CsvTables.read(file);
		return file + ": CSV table, " + t.rows().size() + " rows, columns " + String.join(", ", t.columns());
	}

	private static String describeRaw(Path file) throws IOException {
		long bytes = Files.size(file);
		String name = file.getFileName().toString();
		if (name.contains("images") && bytes % (MnistDigits.SIDE * MnistDigits.SIDE) == 0)
			return file + ": raw 8-bit images, " + bytes / (MnistDigits.SIDE * MnistDigits.SIDE) + " images of 28 x 28 pixels (MNIST layout), " + bytes + " bytes";
		if (name.contains("labels"))
			return file + ": raw 8-bit labels, " + bytes + " labels, " + digitCounts(Files.readAllBytes(file));
		return file + ": raw bytes, " + bytes + " bytes (no header: give its layout to read it)";
	}

	private static String digitCounts(byte[] labels) {
		int[] counts = new int[256];
		for (byte b : labels)
			counts[b & 0xff]++;
		StringBuilder s = new StringBuilder("counts per value:");
		for (int v = 0; v < 256; v++)
			if (counts[v] > 0)
				s.append(' ').append(v).append('=').append(counts[v]);
		return s.toString();
	}

	private static String describeText(Path file) throws IOException {
		long lines;
		try (var stream = Files.lines(file)) {
			lines = stream.count();
		}
		catch (java.io.UncheckedIOException e) {
			throw new BadInputException(file, "not a text file");
		}
		return file + ": text, " + lines + " lines, " + Files.size(file) + " bytes";
	}
}
