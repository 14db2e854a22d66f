package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import ij.measure.ResultsTable;
import net.imglib2.img.array.ArrayImgs;

class EvaluateCommandTest {

	@Test
	void perfectSegmentationScoresZeroErrorHeadless(@TempDir Path tmp) throws Exception {
		var labels = ArrayImgs.unsignedShorts(new short[] { 1, 1, 2, 2, 1, 1, 2, 2 }, 4, 2, 1);
		Path gt = tmp.resolve("gt.tif"), seg = tmp.resolve("seg.tif"), csv = tmp.resolve("scores.csv");
		TiffStacks.write(new Volume<>(labels, VoxelSize.UNIT), gt, TiffOptions.DEFAULT);
		var relabelled = ArrayImgs.unsignedShorts(new short[] { 7, 7, 3, 3, 7, 7, 3, 3 }, 4, 2, 1);
		TiffStacks.write(new Volume<>(relabelled, VoxelSize.UNIT), seg, TiffOptions.DEFAULT);
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(EvaluateCommand.class, true,
				Map.of("segmentation", seg.toString(), "ground_truth", gt.toString(), "table_file", csv.toFile())).get();
			ResultsTable t = (ResultsTable) m.getOutput("scores");
			int row = rowOf(t, "adapted Rand error");
			assertEquals(0.0, t.getValue("value", row), 1e-12);
			assertTrue(Files.readString(csv).contains("adapted Rand error"));
		}
	}

	private static int rowOf(ResultsTable t, String metric) {
		for (int i = 0; i < t.size(); i++)
			if (metric.equals(t.getStringValue("metric", i)))
				return i;
		throw new AssertionError("no row " + metric);
	}
}
