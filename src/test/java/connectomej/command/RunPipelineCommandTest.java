package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import connectomej.cli.Main;
import connectomej.cli.SlowPassFixture;
import connectomej.io.BadInputException;
import connectomej.io.CsvTables;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import connectomej.pipeline.ThreeCRetracking;
import connectomej.pipeline.UncertaintyStep;
import connectomej.synapse.SynapseMaps;
import connectomej.synapse.SynapseResult;
import connectomej.track.ColourModel;
import ij.measure.ResultsTable;

/** Run Pipeline headless on a corner of the sample, against {@code connectomej run} with the same choices. */
class RunPipelineCommandTest {

	@TempDir
	static Path dir;

	static String raw;
	static Path cli;

	@BeforeAll
	static void runTheCli() throws Exception {
		raw = SampleCrops.write("raw.tif", 64, 4, dir);
		cli = dir.resolve("cli");
		assertEquals(0, Main.run("run", raw, "-o", cli.toString(), "--intensity-membranes", "--block-size", "32,32,4", "--no-bdv",
			"--threshold", "0.4"));
	}

	private static Map<String, Object> inputs(Path out) {
		return Map.of("input", raw, "output_folder", out.toFile(), "intensity_membranes", true, "block_size", "32,32,4", "bdv", false,
			"threshold", 0.4);
	}

	@Test
	void writesWhatTheCliWritesAndResumes() throws Exception {
		Path out = dir.resolve("command");
		CommandModule m = CommandRuns.run(RunPipelineCommand.class, inputs(out));
		assertEquals(Files.readString(cli.resolve("objects.csv")), Files.readString(out.resolve("objects.csv")));
		assertEquals(Files.readString(cli.resolve("run.txt")), Files.readString(out.resolve("run.txt")));
		assertEquals(files(cli.resolve("volume.n5/segments")), files(out.resolve("volume.n5/segments")));
		for (Path block : files(cli.resolve("volume.n5/segments")))
			assertArrayEquals(Files.readAllBytes(cli.resolve("volume.n5/segments").resolve(block)),
				Files.readAllBytes(out.resolve("volume.n5/segments").resolve(block)), block.toString());
		String summary = (String) m.getOutput("summary");
		assertTrue(summary.contains("segments in") && !summary.contains("(resumed)"), summary);
		SegmentCommandTest.assertTableEquals(CsvTables.read(cli.resolve("objects.csv")), (ResultsTable) m.getOutput("objects"));
		String again = (String) CommandRuns.run(RunPipelineCommand.class, inputs(out)).getOutput("summary");
		assertTrue(again.contains("(resumed)"), again);
	}

	@Test
	void takesTheFastPassChoicesOfTheCli() throws Exception {
		Path cliOut = dir.resolve("choices-cli"), out = dir.resolve("choices-command");
		assertEquals(0, Main.run("run", raw, "-o", cliOut.toString(), "--intensity-membranes", "--block-size", "32,32,4", "--no-bdv",
			"--no-skeletons", "--threshold", "0.4", "--min-seed-distance", "8", "--seed-smoothing", "16", "--score", "QUANTILE_25",
			"--neck-weight", "0.1"));
		Map<String, Object> in = new HashMap<>(inputs(out));
		in.putAll(Map.of("skeletons", false, "min_seed_distance", 8.0, "seed_smoothing", 16.0, "score", "QUANTILE_25", "neck_weight", 0.1));
		CommandRuns.run(RunPipelineCommand.class, in);
		String record = Files.readString(out.resolve("run.txt"));
		assertEquals(Files.readString(cliOut.resolve("run.txt")), record);
		assertTrue(record.contains("8.0 nm from a membrane, at maxima of the distance transform smoothed by 16.0 nm")
			&& record.contains("QUANTILE_25 of the boundary probability up to 0.4, neck weight 0.1"), record);
		assertEquals(Files.readString(cliOut.resolve("objects.csv")), Files.readString(out.resolve("objects.csv")));
	}

	@Test
	void takesTheVoxelSizeAsTheCliDoes() throws Exception {
		Path cliOut = dir.resolve("voxel-cli"), out = dir.resolve("voxel-command");
		assertEquals(0, Main.run("run", raw, "-o", cliOut.toString(), "--intensity-membranes", "--block-size", "32,32,4", "--no-bdv",
			"--threshold", "0.4", "--voxel-size", "6,6,30"));
		Map<String, Object> in = new HashMap<>(inputs(out));
		in.put("voxel_size", "6,6,30");
		CommandRuns.run(RunPipelineCommand.class, in);
		String record = Files.readString(out.resolve("run.txt"));
		assertEquals(Files.readString(cliOut.resolve("run.txt")), record);
		assertTrue(record.contains("voxel size: 6.0 x 6.0 x 30.0 nm (given)"), record);
		assertEquals(Files.readString(cliOut.resolve("objects.csv")), Files.readString(out.resolve("objects.csv")));
		Map<String, Object> bad = new HashMap<>(inputs(dir.resolve("voxel-bad")));
		bad.put("voxel_size", "6,6");
		assertTrue(badInput(() -> CommandRuns.run(RunPipelineCommand.class, bad)).getMessage().startsWith("voxel_size '6,6': needs X,Y,Z"));
		assertFalse(Files.exists(dir.resolve("voxel-bad")));
	}

	@Test
	void retracksAsTheCliDoes() throws Exception {
		Path network = dir.resolve("3c.zip"), cliOut = dir.resolve("retrack-cli"), out = dir.resolve("retrack-command");
		ColourModel.create(4, 2, 4, 1, 1e-3).save(network, 16, new ModelInfo.Training("test", "test"), Map.of());
		assertEquals(0, Main.run("run", raw, "-o", cliOut.toString(), "--intensity-membranes", "--block-size", "32,32,4", "--no-bdv",
			"--threshold", "0.4", "--retrack-3c", network.toString(), "--retrack-decoding", "FIBSEM", "--retrack-snap"));
		Map<String, Object> in = new HashMap<>(inputs(out));
		in.putAll(Map.of("retrack_3c", network.toFile(), "retrack_decoding", "FIBSEM", "retrack_snap", true));
		String summary = (String) CommandRuns.run(RunPipelineCommand.class, in).getOutput("summary");
		assertTrue(summary.contains("3C re-tracked [0, 0, 0] - [63, 63, 3] into " + ThreeCRetracking.DATASET), summary);
		Path tracked = Path.of("volume.n5", ThreeCRetracking.DATASET);
		assertEquals(files(cliOut.resolve(tracked)), files(out.resolve(tracked)));
		for (Path block : files(cliOut.resolve(tracked)))
			assertArrayEquals(Files.readAllBytes(cliOut.resolve(tracked).resolve(block)), Files.readAllBytes(out.resolve(tracked).resolve(block)),
				block.toString());
		Map<String, Object> snapAlone = new HashMap<>(inputs(dir.resolve("snap-alone")));
		snapAlone.put("retrack_snap", true);
		assertEquals("retrack_snap needs retrack_3c", badInput(() -> CommandRuns.run(RunPipelineCommand.class, snapAlone)).getMessage());
		Map<String, Object> unknown = new HashMap<>(in);
		unknown.put("retrack_decoding", "SBEM");
		assertEquals("retrack_decoding must be TEM or FIBSEM, not 'SBEM'",
			badInput(() -> CommandRuns.run(RunPipelineCommand.class, unknown)).getMessage());
		assertFalse(Files.exists(dir.resolve("snap-alone")), "refused before the run starts");
	}

	@Test
	void resumesARunWithTheShippedModel() throws Exception {
		Map<String, Object> in = Map.of("input", SampleCrops.write("raw.tif", 32, 2, Files.createDirectories(dir.resolve("small"))),
			"output_folder", dir.resolve("model").toFile(), "block_size", "32,32,2", "bdv", false, "skeletons", false);
		String first = (String) CommandRuns.run(RunPipelineCommand.class, in).getOutput("summary");
		assertTrue(first.contains("segments in"), first);
		assertTrue(first.contains("hint: sections are 10 times thicker than their pixels"), "3D watershed on 4 x 4 x 40 nm: " + first);
		String again = (String) CommandRuns.run(RunPipelineCommand.class, in).getOutput("summary");
		assertTrue(again.contains("(resumed)"), again);
	}

	/**
	 * Synapses (untrained cleft and vesicle nets: what counts is that both routes agree; the cleft map from an ensemble of
	 * a net and its downsampled copy) and the variance map.
	 */
	@Test
	void runsTheSlowPassStepsTheCliRuns() throws Exception {
		String small = SampleCrops.write("raw.tif", 48, 3, Files.createDirectories(dir.resolve("slow")));
		Path cleft = SlowPassFixture.pixelModel(dir, SynapseMaps.CLEFT), vesicle = SlowPassFixture.pixelModel(dir, SynapseMaps.VESICLE);
		StoredModel loaded = ModelFiles.load(cleft, SynapseMaps.CLEFT, 1);
		Path coarse = dir.resolve("coarse-cleft.zip");
		ModelFiles.save(coarse, loaded.network(), loaded.info().withInputDownsampling(2), false);
		Path cliOut = dir.resolve("slow-cli"), out = dir.resolve("slow-command");
		assertEquals(0, Main.run("run", small, "-o", cliOut.toString(), "--block-size", "48,48,3", "--no-bdv", "--no-skeletons",
			"--cleft-model", cleft + "," + coarse, "--vesicle-model", vesicle.toString(), "--uncertainty", "transformation"));
		Map<String, Object> in = new HashMap<>(Map.of("input", small, "output_folder", out.toFile(), "block_size", "48,48,3",
			"bdv", false, "skeletons", false, "cleft_model", cleft.toFile(), "vesicle_model", vesicle.toFile()));
		in.put("uncertainty", "transformation");
		in.put("second_cleft_model", coarse.toFile());
		CommandModule m = CommandRuns.run(RunPipelineCommand.class, in);
		for (String file : List.of(SynapseResult.TABLE, SynapseResult.EDGES, UncertaintyStep.TABLE))
			assertEquals(Files.readString(cliOut.resolve(file)), Files.readString(out.resolve(file)), file);
		assertEquals(CsvTables.read(cliOut.resolve(SynapseResult.TABLE)).rows().size(),
			((ResultsTable) m.getOutput("synapses")).size());
		assertTrue(((String) m.getOutput("summary")).contains("synapses: "), (String) m.getOutput("summary"));
	}

	@Test
	void refusesACleftModelWithoutAVesicleModel() throws Exception {
		Map<String, Object> in = new HashMap<>(inputs(dir.resolve("half")));
		in.put("cleft_model", SlowPassFixture.pixelModel(dir, SynapseMaps.CLEFT).toFile());
		assertEquals("cleft_model needs vesicle_model", badInput(() -> CommandRuns.run(RunPipelineCommand.class, in)).getMessage());
		assertFalse(Files.exists(dir.resolve("half/objects.csv")));
	}

	@Test
	void cancelingStopsTheRun() throws Exception {
		Path out = dir.resolve("canceled");
		CommandRuns.Canceling listener = new CommandRuns.Canceling();
		CommandModule m = CommandRuns.run(RunPipelineCommand.class, inputs(out), listener);
		assertTrue(listener.reported && m.isCanceled());
		assertFalse(Files.exists(out.resolve("objects.csv")));
	}

	/** The bad input that the run refused (the cause of its failure). */
	private static Throwable badInput(org.junit.jupiter.api.function.Executable run) {
		Throwable cause = assertThrows(ExecutionException.class, run);
		while (cause.getCause() != null && !(cause instanceof BadInputException))
			cause = cause.getCause();
		return cause;
	}

	private static List<Path> files(Path root) throws Exception {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}
}
