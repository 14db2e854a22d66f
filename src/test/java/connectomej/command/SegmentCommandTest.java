package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import connectomej.cli.Main;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import ij.ImagePlus;
import ij.measure.ResultsTable;

/**
 * Segment (Fast Pass) headless on a corner of the sample's membrane mask (standing in for a probability map), against
 * {@code connectomej segment} on the same file.
 */
class SegmentCommandTest {

	@TempDir
	static Path dir;

	static String membranes;
	static Path cli;

	@BeforeAll
	static void segmentWithTheCli() throws Exception {
		membranes = SampleCrops.write("membranes.tif", 64, 4, dir);
		cli = Files.createDirectories(dir.resolve("cli"));
		assertEquals(0, Main.run("segment", "--prob", membranes, "-o", cli.resolve("segments.tif").toString(), "--swc",
			cli.resolve("skeletons.swc").toString(), "--objects", cli.resolve("objects.csv").toString(), "--threshold", "0.5"));
	}

	@Test
	void writesWhatTheCliWrites() throws Exception {
		Path out = dir.resolve("command");
		CommandModule m = CommandRuns.run(SegmentCommand.class, Map.of("probabilities", membranes, "output_folder", out.toFile()));
		for (String file : new String[] { SegmentCommand.OBJECTS, SegmentCommand.SKELETONS })
			assertEquals(Files.readString(cli.resolve(file)), Files.readString(out.resolve(file)), file);
		PredictMembranesCommandTest.assertClose(VolumeFiles.read(cli.resolve("segments.tif").toString()).data(),
			VolumeFiles.read(out.resolve(SegmentCommand.SEGMENTS).toString()).data());
		ImagePlus labels = (ImagePlus) m.getOutput("segments");
		PredictMembranesCommandTest.assertClose(VolumeFiles.read(cli.resolve("segments.tif").toString()).data(),
			connectomej.ij1.ImagePlusBridge.toVolume(labels).data());
		assertTableEquals(CsvTables.read(cli.resolve("objects.csv")), (ResultsTable) m.getOutput("objects"));
	}

	@Test
	void takesTheVoxelSizeAsTheCliDoes() throws Exception {
		Path cliOut = Files.createDirectories(dir.resolve("voxel-cli")), out = dir.resolve("voxel-command");
		assertEquals(0, Main.run("segment", "--prob", membranes, "-o", cliOut.resolve("segments.tif").toString(), "--objects",
			cliOut.resolve("objects.csv").toString(), "--swc", cliOut.resolve("skeletons.swc").toString(), "--voxel-size", "6,6,30"));
		CommandRuns.run(SegmentCommand.class, Map.of("probabilities", membranes, "output_folder", out.toFile(), "voxel_size", "6,6,30"));
		assertEquals(Files.readString(cliOut.resolve("objects.csv")), Files.readString(out.resolve(SegmentCommand.OBJECTS)));
		assertEquals(Files.readString(cliOut.resolve("skeletons.swc")), Files.readString(out.resolve(SegmentCommand.SKELETONS)));
		assertEquals(new connectomej.volume.VoxelSize(6, 6, 30), VolumeFiles.read(out.resolve(SegmentCommand.SEGMENTS).toString()).voxelSize());
		assertFalse(Files.readString(cli.resolve("objects.csv")).equals(Files.readString(out.resolve(SegmentCommand.OBJECTS))),
			"centroids in nm differ from the map's own calibration");
	}

	@Test
	void segmentsTheImageItIsGiven() throws Exception {
		ImagePlus map = ij.IJ.openImage(membranes);
		CommandModule m = CommandRuns.run(SegmentCommand.class, Map.of("image", map, "skeletons", false));
		ResultsTable objects = (ResultsTable) m.getOutput("objects");
		assertEquals(CsvTables.read(cli.resolve("objects.csv")).rows().size(), objects.size());
		assertEquals(0.0, objects.getValue("skeleton_length_nm", 0), "no skeletons asked for");
	}

	@Test
	void cancelingStopsWithoutOutputs() throws Exception {
		Path out = dir.resolve("canceled");
		CommandRuns.Canceling listener = new CommandRuns.Canceling();
		CommandModule m = CommandRuns.run(SegmentCommand.class, Map.of("probabilities", membranes, "output_folder", out.toFile()), listener);
		assertTrue(listener.reported && m.isCanceled());
		assertNull(m.getOutput("segments"));
		assertFalse(Files.exists(out));
	}

	static void assertTableEquals(CsvTable expected, ResultsTable actual) {
		assertEquals(expected.rows().size(), actual.size());
		for (String column : expected.columns())
			for (int row = 0; row < actual.size(); row++)
				assertEquals(expected.number(row, column), actual.getValue(column, row), 1e-6, column + " row " + row);
	}
}
