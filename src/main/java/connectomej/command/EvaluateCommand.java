package connectomej.command;

import java.io.File;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.metrics.SegmentationScores;
import ij.measure.ResultsTable;

/**
 * Evaluate a segmentation against ground truth: VI split / merge, adapted Rand error, ISBI V_rand / V_info, CREMI
 * score, as a ResultsTable (saved as CSV when {@code table_file} is given).
 */
@Plugin(type = Command.class, headless = true, label = "Evaluate Segmentation")
public class EvaluateCommand implements Command {

	@Parameter(label = "segmentation", description = "segmentation labels: file.tif, a PNG folder or file.h5:/dataset")
	String segmentation;

	@Parameter(label = "ground_truth", description = "ground-truth labels, 0 = boundary / unlabelled")
	String ground_truth;

	@Parameter(label = "table_file", required = false, description = "CSV file to save the scores to (optional)")
	File table_file;

	@Parameter(type = ItemIO.OUTPUT)
	ResultsTable scores;

	@Override
	public void run() {
		try {
			var seg = LabelVolumes.of(VolumeFiles.read(segmentation).data(), VolumeLocation.parse(segmentation).file());
			var gt = LabelVolumes.of(VolumeFiles.read(ground_truth).data(), VolumeLocation.parse(ground_truth).file());
			var rows = SegmentationScores.evaluate(seg, gt).toTableRows();
			scores = ScoreTables.of(rows);
			if (table_file != null && !table_file.getPath().isBlank())
				ScoreTables.saveCsv(rows, table_file.toPath());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
