package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

import connectomej.cli.Main;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.merge.MergeCandidates;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.measure.ResultsTable;

/** "Detect Merge Errors" headless, against {@code connectomej mergenet detect} on a 64 x 64 x 4 corner of the sample. */
class DetectMergeErrorsCommandTest {

	@Test
	void ranksLikeTheCommandLineWithPointRois(@TempDir Path tmp) throws Exception {
		Path in = CommandFixtures.sampleCorner(tmp.resolve("in"), 64, 64, 4);
		Path model = CommandFixtures.tinyMergeNet(tmp.resolve("tiny.zip")), cli = tmp.resolve("cli.csv"), own = tmp.resolve("own.csv");
		String seg = in.resolve("neuron_ids.tif").toString();
		assertEquals(0, Main.run("mergenet", "detect", "--model", model.toString(), "--seg", seg, "--min-voxels", "300", "-o", cli.toString()));
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(DetectMergeErrorsCommand.class, true, Map.of(
					"segmentation", seg, "model", model.toFile(), "min_voxels", 300L, "table_file", own.toFile())).get();
			assertArrayEquals(Files.readAllBytes(cli), Files.readAllBytes(own), "the same CSV");
			CsvTable expected = CsvTables.read(cli);
			assertTrue(expected.rows().size() > 2, "several candidates: " + expected.rows().size());
			assertSameTable(expected, (ResultsTable) m.getOutput("candidates"));
			Roi[] rois = ((Overlay) m.getOutput("candidate_rois")).toArray();
			assertEquals(expected.rows().size(), rois.length);
			assertTrue(rois[0].getName().startsWith("merge 1: object " + expected.text(0, "object_id") + " "), rois[0].getName());
			assertEquals((int) expected.number(0, "z") + 1, rois[0].getPosition(), "on the worst window's slice");
			assertEquals(expected.number(0, "x"), rois[0].getXBase(), 1e-9);
		}
	}

	static void assertSameTable(CsvTable expected, ResultsTable actual) {
		assertEquals(expected.rows().size(), actual.size());
		for (String column : MergeCandidates.COLUMNS)
			for (int r = 0; r < expected.rows().size(); r++)
				assertEquals(expected.number(r, column), actual.getValue(column, r), 1e-6, column + " row " + r);
	}
}
