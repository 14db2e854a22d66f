package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import connectomej.cli.Main;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;

/** Train Membrane Model headless on a corner of the sample, one tiny epoch, against {@code connectomej train}. */
class TrainModelCommandTest {

	@TempDir
	static Path dir;

	static String raw, labels;
	static Path cli;

	@BeforeAll
	static void trainWithTheCli() throws Exception {
		raw = SampleCrops.write("raw.tif", 32, 4, dir);
		labels = SampleCrops.write("membranes.tif", 32, 4, dir);
		cli = dir.resolve("cli.zip");
		assertEquals(0, Main.run("train", raw, labels, "-o", cli.toString(), "--epochs", "1", "--steps-per-epoch", "2",
			"--batch-size", "4", "--patch-size", "16", "--seed", "5", "--validation-sections", "1"));
	}

	private static Map<String, Object> inputs(Path model) {
		Map<String, Object> in = new HashMap<>(Map.of("raw", raw, "labels", labels, "model_file", model.toFile(), "epochs", 1,
			"steps_per_epoch", 2, "batch_size", 4, "patch_size", 16, "seed", 5L, "validation_sections", 1));
		in.put("model", "shallow");
		return in;
	}

	@Test
	void trainsTheNetworkTheCliTrains() throws Exception {
		Path model = dir.resolve("command.zip");
		CommandModule m = CommandRuns.run(TrainModelCommand.class, inputs(model));
		assertTrue(((String) m.getOutput("summary")).contains("pixel_f1"));
		assertSameNetwork(ModelFiles.load(cli, "membrane", 1), ModelFiles.load(model, "membrane", 1));
	}

	@Test
	void trainsTheThreeSectionNetworkWithDecayTheCliTrains() throws Exception {
		Path cli3 = dir.resolve("cli3.zip"), model = dir.resolve("command3.zip");
		assertEquals(0, Main.run("train", raw, labels, "-o", cli3.toString(), "--epochs", "2", "--steps-per-epoch", "2",
			"--batch-size", "4", "--patch-size", "16", "--seed", "5", "--validation-sections", "1", "--context-sections", "3",
			"--learning-rate-decay", "0.5"));
		Map<String, Object> in = inputs(model);
		in.putAll(Map.of("epochs", 2, "context_sections", 3, "learning_rate_decay", 0.5));
		CommandRuns.run(TrainModelCommand.class, in);
		assertSameNetwork(ModelFiles.load(cli3, "membrane", 3), ModelFiles.load(model, "membrane", 3));
	}

	@Test
	void trainsWithoutAugmentationAndWithAWeightAverageAsTheCliDoes() throws Exception {
		Path cliAveraged = dir.resolve("cli-average.zip"), model = dir.resolve("command-average.zip");
		assertEquals(0, Main.run("train", raw, labels, "-o", cliAveraged.toString(), "--epochs", "2", "--steps-per-epoch", "2",
			"--batch-size", "4", "--patch-size", "16", "--seed", "5", "--validation-sections", "1", "--augment-intensity", "0",
			"--weight-average", "0.9", "--patience", "1"));
		Map<String, Object> in = inputs(model);
		in.putAll(Map.of("epochs", 2, "augment_intensity", 0.0, "weight_average", 0.9, "patience", 1));
		CommandRuns.run(TrainModelCommand.class, in);
		assertSameNetwork(ModelFiles.load(cliAveraged, "membrane", 1), ModelFiles.load(model, "membrane", 1));
	}

	private static void assertSameNetwork(StoredModel expected, StoredModel actual) {
		float[] e = expected.network().params().toFloatVector(), a = actual.network().params().toFloatVector();
		assertEquals(e.length, a.length);
		for (int i = 0; i < e.length; i++)
			assertEquals(e[i], a[i], 1e-6, "parameter " + i);
		assertEquals(expected.info().validationMetrics().get("pixel_f1"), actual.info().validationMetrics().get("pixel_f1"), 1e-6);
		assertTrue(actual.info().training().command().startsWith("run(\"Train Membrane Model\""), actual.info().training().command());
	}

	@Test
	void cancelingWritesNoModel() throws Exception {
		Path model = dir.resolve("canceled.zip");
		CommandRuns.Canceling listener = new CommandRuns.Canceling();
		CommandModule m = CommandRuns.run(TrainModelCommand.class, inputs(model), listener);
		assertTrue(listener.reported && m.isCanceled());
		assertFalse(Files.exists(model));
	}

	@Test
	void epochProgressCancelsThroughTheListener() {
		var report = connectomej.nn.MembraneTrainingRun.reportingTo(new CommandRuns.Canceling());
		var epoch = new connectomej.nn.MembraneTrainer.Progress(1, 3, 0.5, 0.8, 0.9, java.time.Duration.ZERO);
		org.junit.jupiter.api.Assertions.assertThrows(connectomej.progress.CanceledException.class, () -> report.accept(epoch));
	}
}
