package connectomej.proofread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import connectomej.io.BadInputException;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.synapse.DetectedSynapse;

/**
 * Reads a synapse table written by {@code connectomej synapses} ({@link DetectedSynapse#CSV_HEADER} columns), or a
 * ground-truth table of the synthetic generator ({@code id,x,y,z,pre,post,cleft_voxels}, no confidence: read as 1).
 */
final class SynapseTable {

	private SynapseTable() {}

	/**
	 * The synapses of a CSV file; an empty list for null.
	 *
	 * @throws BadInputException when the file is missing, or a column is missing or not a number
	 */
	static List<DetectedSynapse> read(Path file) throws IOException {
		if (file == null)
			return List.of();
		CsvTable table = CsvTables.read(file);
		List<DetectedSynapse> out = new ArrayList<>();
		try {
			for (int r = 0; r < table.rows().size(); r++)
				out.add(new DetectedSynapse((long) table.number(r, "id"), table.number(r, "x"), table.number(r, "y"),
						table.number(r, "z"), (long) table.number(r, "cleft_voxels"), confidence(table, r),
						(long) table.number(r, "pre"), (long) table.number(r, "post")));
		} catch (IllegalArgumentException e) {
			throw new BadInputException(file, "not a synapse table (" + DetectedSynapse.CSV_HEADER + "): " + e.getMessage());
		}
		return out;
	}

	/** The row's confidence, 1 for tables without that column (ground truth). */
	private static double confidence(CsvTable table, int row) {
		return table.columns().contains("confidence") ? table.number(row, "confidence") : 1;
	}
}
