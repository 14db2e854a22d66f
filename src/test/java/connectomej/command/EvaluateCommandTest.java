package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import connectomej.cli.Main;
import connectomej.io.BadInputException;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.metrics.TableRow;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import ij.measure.ResultsTable;
import net.imglib2.img.array.ArrayImgs;

/** Evaluate Segmentation headless through a SciJava context, against {@code connectomej evaluate}. */
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

	@Test
	void scoresWhatTheCliPrints(@TempDir Path tmp) throws Exception {
		String gt = SampleCrops.write("neuron_ids.tif", 0, 0, 48, 3, Files.createDirectories(tmp.resolve("gt")));
		String seg = SampleCrops.write("neuron_ids.tif", 40, 40, 48, 3, Files.createDirectories(tmp.resolve("seg")));
		String cli = printed(() -> assertEquals(0, Main.run("evaluate", "--seg", seg, "--gt", gt)));
		CommandModule m = run(Map.of("segmentation", seg, "ground_truth", gt, "table_file", tmp.resolve("scores.csv").toFile()));
		ResultsTable t = (ResultsTable) m.getOutput("scores");
		List<TableRow> rows = new ArrayList<>();
		for (int i = 0; i < t.size(); i++)
			rows.add(new TableRow(t.getStringValue("metric", i), t.getValue("value", i), t.getStringValue("unit", i)));
		assertTrue(t.getValue("value", rowOf(t, "adapted Rand error")) > 0.1, "a shifted crop scores errors");
		assertEquals(cli, TableRow.format(rows));
		CsvTable csv = CsvTables.read(tmp.resolve("scores.csv"));
		for (int i = 0; i < rows.size(); i++)
			assertEquals(rows.get(i).value(), csv.number(i, "value"), 1e-12, rows.get(i).name());
	}

	@Test
	void refusesShapesThatDifferLikeTheCli(@TempDir Path tmp) throws Exception {
		String gt = SampleCrops.write("neuron_ids.tif", 0, 0, 32, 2, Files.createDirectories(tmp.resolve("gt")));
		String seg = SampleCrops.write("neuron_ids.tif", 0, 0, 24, 2, Files.createDirectories(tmp.resolve("seg")));
		ExecutionException e = assertThrows(ExecutionException.class, () -> run(Map.of("segmentation", seg, "ground_truth", gt)));
		Throwable cause = e;
		while (cause.getCause() != null && !(cause instanceof BadInputException))
			cause = cause.getCause();
		assertEquals(seg + ": shape 24 x 24 x 2 (x, y, z) does not match " + gt + " (32 x 32 x 2 (x, y, z))", cause.getMessage());
	}

	private static CommandModule run(Map<String, Object> inputs) throws Exception {
		try (Context context = new Context(CommandService.class)) {
			return context.service(CommandService.class).run(EvaluateCommand.class, true, inputs).get();
		}
	}

	/** What {@code action} prints to standard output. */
	private static synchronized String printed(Runnable action) {
		PrintStream old = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			action.run();
		}
		finally {
			System.setOut(old);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static int rowOf(ResultsTable t, String metric) {
		for (int i = 0; i < t.size(); i++)
			if (metric.equals(t.getStringValue("metric", i)))
				return i;
		throw new AssertionError("no row " + metric);
	}
}
