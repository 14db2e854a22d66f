package connectomej.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import connectomej.io.BadInputException;

/**
 * Reads an SWC file as written by {@link SkeletonFiles} (Cannon et al. 1998: node number, type, x, y, z, radius,
 * parent; coordinates and radius in nm; {@code #} comments) back into a {@link Skeleton}.
 */
public final class SwcReader {

	private SwcReader() {}

	/**
	 * @param id the object id the skeleton gets
	 * @throws BadInputException on a line without 7 numbers or a parent that is not in the file
	 */
	public static Skeleton read(Path file, long id) throws IOException {
		List<double[]> rows = new ArrayList<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n).strip();
			if (!line.isEmpty() && !line.startsWith("#"))
				rows.add(numbers(line, file, n + 1));
		}
		double[] xyz = new double[3 * rows.size()], radius = new double[rows.size()];
		int[] parent = new int[rows.size()];
		int first = rows.isEmpty() ? 0 : (int) rows.get(0)[0];
		for (int i = 0; i < rows.size(); i++) {
			double[] r = rows.get(i);
			System.arraycopy(r, 2, xyz, 3 * i, 3);
			radius[i] = r[5];
			parent[i] = r[6] < 0 ? -1 : (int) r[6] - first;
			if (parent[i] >= rows.size())
				throw new BadInputException(file, "node " + (int) r[0] + " has parent " + (int) r[6] + ", which is not in the file");
		}
		return new Skeleton(id, xyz, radius, parent);
	}

	private static double[] numbers(String line, Path file, int lineNumber) {
		String[] f = line.split("\\s+");
		if (f.length < 7)
			throw new BadInputException(file, "line " + lineNumber + " has " + f.length + " fields, SWC needs 7");
		double[] v = new double[7];
		try {
			for (int i = 0; i < 7; i++)
				v[i] = Double.parseDouble(f[i]);
		} catch (NumberFormatException e) {
			throw new BadInputException(file, "line " + lineNumber + " holds a field that is not a number");
		}
		return v;
	}
}
