package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import connectomej.ij1.ImagePlusBridge;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.uncertainty.UncertaintyFiles;
import ij.ImagePlus;
import ij.measure.ResultsTable;

/** "Uncertainty Map" headless, against {@code connectomej uncertainty} on a 40 x 40 x 2 corner of the sample. */
class UncertaintyMapCommandTest {

	@Test
	void noiseMapsAndObjectsLikeTheCommandLine(@TempDir Path tmp) throws Exception {
		Path in = CommandFixtures.sampleCorner(tmp.resolve("in"), 40, 40, 2), cli = Files.createDirectories(tmp.resolve("cli"));
		String raw = in.resolve("raw.tif").toString(), seg = in.resolve("neuron_ids.tif").toString();
		assertEquals(0, Main.run("uncertainty", raw, "--model", CommandFixtures.MEMBRANE_MODEL.toString(), "--method", "noise",
				"--layer", "2", "--sigma", "0.5", "--samples", "3", "--seed", "7", "--segments", seg,
				"-o", cli.resolve("variance.tif").toString(), "--mean", cli.resolve("mean.tif").toString()));
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(UncertaintyMapCommand.class, true, Map.of("raw", raw,
					"method", "noise", "layer", 2, "sigma", 0.5, "samples", 3, "seed", 7L, "segments", seg,
					"output_folder", tmp.resolve("own").toFile())).get();
			for (String map : new String[] { "variance", "mean" }) {
				ImagePlus image = (ImagePlus) m.getOutput(map);
				assertEquals(32, image.getBitDepth());
				TrackCommandTest.assertSameVoxels(VolumeFiles.read(cli.resolve(map + ".tif").toString()).data(),
						ImagePlusBridge.toVolume(image).data());
			}
			Path objects = cli.resolve(UncertaintyFiles.OBJECTS);
			assertArrayEquals(Files.readAllBytes(objects), Files.readAllBytes(tmp.resolve("own").resolve(UncertaintyFiles.OBJECTS)));
			assertArrayEquals(Files.readAllBytes(cli.resolve("variance.tif")), Files.readAllBytes(tmp.resolve("own/variance.tif")));
			assertSameObjects(CsvTables.read(objects), (ResultsTable) m.getOutput("objects"));
		}
	}

	@Test
	void transformationWithoutSegmentsGivesNoTable(@TempDir Path tmp) throws Exception {
		Path in = CommandFixtures.sampleCorner(tmp.resolve("in"), 24, 24, 1);
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(UncertaintyMapCommand.class, true,
					Map.of("raw", in.resolve("raw.tif").toString(), "samples", 2)).get();
			double sum = 0;
			for (float v : (float[]) ((ImagePlus) m.getOutput("variance")).getProcessor().getPixels())
				sum += v;
			assertTrue(sum > 0, "a flipped section predicts differently somewhere");
			assertNull(m.getOutput("objects"));
		}
	}

	private static void assertSameObjects(CsvTable expected, ResultsTable actual) {
		assertTrue(expected.rows().size() > 1, "several objects");
		assertEquals(expected.rows().size(), actual.size());
		for (String column : expected.columns())
			for (int r = 0; r < expected.rows().size(); r++)
				assertEquals(expected.number(r, column), actual.getValue(column, r), 1e-6 * Math.abs(expected.number(r, column)) + 1e-12,
						column + " row " + r);
	}
}
