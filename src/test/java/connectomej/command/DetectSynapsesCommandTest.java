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
import connectomej.synapse.SynapseFixture;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import ij.measure.ResultsTable;

class DetectSynapsesCommandTest {

	@Test
	void detectsTheFixtureSynapseHeadless(@TempDir Path tmp) throws Exception {
		Path c = tmp.resolve("c.tif"), v = tmp.resolve("v.tif"), s = tmp.resolve("s.tif"), out = tmp.resolve("out");
		TiffStacks.write(new Volume<>(SynapseFixture.cleft(), VoxelSize.UNIT), c, TiffOptions.DEFAULT);
		TiffStacks.write(new Volume<>(SynapseFixture.vesicles(-1), VoxelSize.UNIT), v, TiffOptions.DEFAULT);
		TiffStacks.write(new Volume<>(SynapseFixture.segments(1, 2), VoxelSize.UNIT), s, TiffOptions.DEFAULT);
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(DetectSynapsesCommand.class, true, Map.of("cleft_map",
					c.toString(), "vesicle_map", v.toString(), "segments", s.toString(), "output_folder", out.toFile(),
					"min_cleft_voxels", 10L, "side_distance_nm", 8.0)).get();
			ResultsTable t = (ResultsTable) m.getOutput("synapses");
			assertEquals(1, t.size());
			assertEquals(1, t.getValue("pre", 0));
			assertEquals(2, t.getValue("post", 0));
			assertTrue(Files.exists(out.resolve("connectome.graphml")));
		}
	}

	@Test
	void voxelSizeGivesUncalibratedMapsTheirSizeAsTheCommandLineOptionDoes(@TempDir Path tmp) throws Exception {
		Path c = tmp.resolve("c.tif"), v = tmp.resolve("v.tif"), s = tmp.resolve("s.tif"), cli = tmp.resolve("cli"), own = tmp.resolve("own");
		TiffStacks.write(new Volume<>(SynapseFixture.cleft(), VoxelSize.UNIT), c, TiffOptions.DEFAULT);
		TiffStacks.write(new Volume<>(SynapseFixture.vesicles(1), VoxelSize.UNIT), v, TiffOptions.DEFAULT);
		TiffStacks.write(new Volume<>(SynapseFixture.segments(1, 2), VoxelSize.UNIT), s, TiffOptions.DEFAULT);
		assertEquals(0, connectomej.cli.Main.run("synapses", "--clefts", c.toString(), "--vesicles", v.toString(), "--segments",
				s.toString(), "--min-cleft-voxels", "10", "--side-distance-nm", "32", "--voxel-size", "4,4,40", "-o", cli.toString()));
		try (Context context = new Context(CommandService.class)) {
			ResultsTable t = (ResultsTable) context.service(CommandService.class).run(DetectSynapsesCommand.class, true, Map.of(
					"cleft_map", c.toString(), "vesicle_map", v.toString(), "segments", s.toString(), "min_cleft_voxels", 10L,
					"side_distance_nm", 32.0, "voxel_size", "4,4,40", "output_folder", own.toFile())).get().getOutput("synapses");
			assertEquals(1, t.size());
			assertEquals(4 * t.getValue("x", 0), t.getValue("x_nm", 0), 1e-9);
			assertEquals(40 * t.getValue("z", 0), t.getValue("z_nm", 0), 1e-9);
		}
		assertEquals(Files.readAllLines(cli.resolve("synapses.csv")), Files.readAllLines(own.resolve("synapses.csv")));
	}

	@Test
	void theRuleParametersMeanWhatTheCommandLineOptionsMean(@TempDir Path tmp) throws Exception {
		var cleft = SynapseFixture.cleft();
		var cursor = cleft.localizingCursor();
		while (cursor.hasNext())
			if (cursor.next().get() > 0.5f && cursor.getIntPosition(1) >= 8)
				cursor.get().set(0.4f); // a weaker half that only the hysteresis adds
		Path c = tmp.resolve("c.tif"), v = tmp.resolve("v.tif"), s = tmp.resolve("s.tif"), cli = tmp.resolve("cli"),
				csv = tmp.resolve("own.csv");
		TiffStacks.write(new Volume<>(cleft, VoxelSize.UNIT), c, TiffOptions.DEFAULT);
		TiffStacks.write(new Volume<>(SynapseFixture.vesicles(-1), VoxelSize.UNIT), v, TiffOptions.DEFAULT);
		TiffStacks.write(new Volume<>(SynapseFixture.segments(1, 2), VoxelSize.UNIT), s, TiffOptions.DEFAULT);
		assertEquals(0, connectomej.cli.Main.run("synapses", "--clefts", c.toString(), "--vesicles", v.toString(), "--segments",
				s.toString(), "--min-cleft-voxels", "10", "--side-distance-nm", "8", "--cleft-low-threshold", "0.3",
				"--min-elongation", "1.5", "--min-vesicle-density", "0.05", "-o", cli.toString()));
		try (Context context = new Context(CommandService.class)) {
			context.service(CommandService.class).run(DetectSynapsesCommand.class, true, Map.of("cleft_map", c.toString(),
					"vesicle_map", v.toString(), "segments", s.toString(), "min_cleft_voxels", 10L, "side_distance_nm", 8.0,
					"cleft_low_threshold", 0.3, "min_elongation", 1.5, "min_vesicle_density", 0.05, "table_file", csv.toFile())).get();
		}
		assertEquals(Files.readString(cli.resolve("synapses.csv")), Files.readString(csv), "the command line's synapses.csv");
		assertEquals(60, connectomej.io.CsvTables.read(csv).number(0, "cleft_voxels"), "the whole plate, grown by the hysteresis");
	}

	@Test
	void sampleSynapsesLikeTheCommandLineWithPointRois(@TempDir Path tmp) throws Exception {
		Path sample = CommandFixtures.SAMPLE, cli = tmp.resolve("cli"), csv = tmp.resolve("own.csv");
		String clefts = sample.resolve("clefts.tif").toString(), vesicles = sample.resolve("vesicles.tif").toString(),
				ids = sample.resolve("neuron_ids.tif").toString();
		assertEquals(0, connectomej.cli.Main.run("synapses", "--clefts", clefts, "--vesicles", vesicles, "--segments", ids,
				"-o", cli.toString()));
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(DetectSynapsesCommand.class, true, Map.of("cleft_map",
					clefts, "vesicle_map", vesicles, "segments", ids, "table_file", csv.toFile())).get();
			assertEquals(Files.readString(cli.resolve("synapses.csv")), Files.readString(csv), "the command line's synapses.csv");
			var expected = connectomej.io.CsvTables.read(csv);
			ResultsTable t = (ResultsTable) m.getOutput("synapses");
			assertEquals(5, t.size(), "the sample's five synapses");
			ij.gui.Roi[] rois = ((ij.gui.Overlay) m.getOutput("synapse_rois")).toArray();
			assertEquals(t.size(), rois.length);
			for (int i = 0; i < t.size(); i++) {
				for (String column : new String[] { "id", "cleft_voxels", "pre", "post" })
					assertEquals(expected.number(i, column), t.getValue(column, i), column);
				assertEquals(expected.number(i, "x"), t.getValue("x", i), 0.005 + 1e-9);
				assertEquals("synapse " + (i + 1) + ": " + (long) t.getValue("pre", i) + "->" + (long) t.getValue("post", i), rois[i].getName());
				assertEquals(Math.round(t.getValue("z", i)) + 1, rois[i].getPosition(), "on the centroid's slice");
			}
		}
	}
}
