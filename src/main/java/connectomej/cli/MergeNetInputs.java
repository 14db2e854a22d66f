package connectomej.cli;

import java.io.IOException;

import connectomej.io.BadInputException;
import connectomej.merge.LabelGrid;
import connectomej.merge.MergeFiles;
import connectomej.merge.WindowShape;

/** Reading label volumes and window options for the mergenet subcommands. */
final class MergeNetInputs {

	private MergeNetInputs() {}

	/** A label volume as a grid; labels nothing -> bad input. */
	static LabelGrid labels(String location) throws IOException {
		return MergeFiles.labels(location);
	}

	/** "48" or "48,48,32" as x, y, z extents; null stays null. */
	static int[] extent(String text) {
		return text == null ? null : MergeFiles.extent(text, "--window");
	}

	/** A window shape, a misfit being bad input. */
	static WindowShape shape(int[] extent, int grid) {
		try {
			return new WindowShape(extent, grid);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, e.getMessage());
		}
	}
}
