package connectomej.command;

import java.io.File;
import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.metrics.SegmentationScores;
import connectomej.volume.Volume;
import ij.measure.ResultsTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;

/**
 * Evaluate a segmentation against ground truth: VI split / merge, adapted Rand error, ISBI V_rand / V_info, CREMI
 * score, as a ResultsTable (saved as CSV when {@code table_file} is given): the scores of
 * {@code connectomej evaluate --seg --gt}, with the same checks (equal shapes, ground truth labels something).
 */
@Plugin(type = Command.class, headless = true, label = "Evaluate Segmentation")
public class EvaluateCommand implements Command {

	@Parameter(persist = false, label = "segmentation", description = "segmentation labels: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/segments or data.zarr:/labels")
	String segmentation;

	@Parameter(persist = false, label = "ground_truth", description = "ground-truth labels, 0 = boundary / unlabelled")
	String ground_truth;

	@Parameter(persist = false, label = "table_file", required = false, description = "CSV file to save the scores to (optional)")
	File table_file;

	@Parameter(type = ItemIO.OUTPUT)
	ResultsTable scores;

	@Override
	public void run() {
		try {
			Path table = OptionalInputs.path(table_file);
			if (table != null)
				VolumeFiles.requireNotAnInput(table, segmentation, ground_truth);
			var rows = SegmentationScores.evaluate(labels(segmentation, ground_truth, false), labels(ground_truth, segmentation, true))
				.toTableRows();
			scores = ScoreTables.of(rows);
			if (table != null)
				ScoreTables.saveCsv(rows, table);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Reads {@code location} as labels of the shape of {@code other}; ground truth must label something. */
	private static RandomAccessibleInterval<? extends IntegerType<?>> labels(String location, String other, boolean groundTruth)
		throws java.io.IOException
	{
		Path file = VolumeLocation.parse(location).file();
		Volume<? extends RealType<?>> v = VolumeFiles.read(location), o = VolumeFiles.read(other);
		if (!Intervals.equalDimensions(v.data(), o.data()))
			throw new BadInputException(file, "shape " + shape(v) + " does not match " + other + " (" + shape(o) + ")");
		RandomAccessibleInterval<? extends IntegerType<?>> labels = LabelVolumes.of(v.data(), file);
		if (groundTruth)
			LabelVolumes.requireSomeLabel(labels, file);
		return labels;
	}

	private static String shape(Volume<?> v) {
		return v.width() + " x " + v.height() + " x " + v.depth() + " (x, y, z)";
	}
}
