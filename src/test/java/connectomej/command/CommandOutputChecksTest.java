package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandService;

import connectomej.io.BadInputException;

/**
 * The Fiji commands check their outputs before their work: an output that would replace one of the command's inputs,
 * or a folder of other data, is refused with a message naming it, the input is left byte for byte as it was, and
 * the refusal comes before any input is read (the inputs of the second group do not exist, so a command that read
 * them first would fail on them instead).
 */
class CommandOutputChecksTest {

	@TempDir
	static Path dir;

	static String raw, labels;

	@BeforeAll
	static void sample() throws Exception {
		raw = SampleCrops.write("raw.tif", 24, 2, dir);
		labels = SampleCrops.write("neuron_ids.tif", 24, 2, dir);
	}

	@Test
	void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws Exception {
		byte[] em = Files.readAllBytes(Path.of(raw)), ids = Files.readAllBytes(Path.of(labels));
		assertIsAnInput(raw, PredictMembranesCommand.class, Map.of("input", raw, "output_file", raw));
		assertIsAnInput(raw, TrainModelCommand.class, Map.of("raw", raw, "labels", labels, "model_file", new File(raw)));
		assertIsAnInput(labels, EvaluateCommand.class, Map.of("segmentation", labels, "ground_truth", raw, "table_file", new File(labels)));
		assertIsAnInput(raw, DetectSynapsesCommand.class, Map.of("cleft_map", raw, "vesicle_map", raw, "table_file", new File(raw)));
		assertIsAnInput(labels, DetectMergeErrorsCommand.class,
				Map.of("model", dir.resolve("absent.zip").toFile(), "segmentation", labels, "table_file", new File(labels)));
		assertArrayEquals(em, Files.readAllBytes(Path.of(raw)), "the EM is unchanged");
		assertArrayEquals(ids, Files.readAllBytes(Path.of(labels)), "the labels are unchanged");
	}

	@Test
	void anOutputFolderThatIsAFileIsRefusedBeforeAnyInputIsRead() throws Exception {
		Path file = Files.writeString(dir.resolve("notes.txt"), "the user's notes");
		String absent = dir.resolve("absent.tif").toString();
		String expected = file + ": is a file, not a folder: give a folder for the outputs";
		assertEquals(expected, refusal(SegmentCommand.class, Map.of("probabilities", absent, "output_folder", file.toFile())));
		assertEquals(expected, refusal(TrackCommand.class, Map.of("raw", absent, "seeds", absent, "output_folder", file.toFile())));
		assertEquals(expected, refusal(UncertaintyMapCommand.class, Map.of("raw", absent, "output_folder", file.toFile())));
		assertEquals("the user's notes", Files.readString(file));
	}

	@Test
	void aFolderOfOtherDataIsRefusedBeforeAnyInputIsRead() throws Exception {
		Path results = Files.createDirectories(dir.resolve("results"));
		Path notes = Files.writeString(results.resolve("notes.txt"), "the user's notes");
		String absent = dir.resolve("absent.tif").toString();
		String synapses = refusal(DetectSynapsesCommand.class, Map.of("cleft_map", absent, "vesicle_map", absent, "output_folder", results.toFile()));
		assertTrue(synapses.startsWith(results + ": the folder holds 1 entry that this output does not write (notes.txt)"), synapses);

		Path n5 = Files.createDirectories(dir.resolve("export.n5"));
		Files.writeString(n5.resolve("notes.txt"), "the user's notes");
		String export = refusal(ExportBigDataViewerCommand.class, Map.of("xml_file", dir.resolve("export.xml").toFile(), "flavour", "n5", "em", absent));
		assertTrue(export.startsWith(n5 + ": the folder holds 1 entry that this output does not write (notes.txt)"), export);
		assertEquals("the user's notes", Files.readString(notes));
		assertEquals("the user's notes", Files.readString(n5.resolve("notes.txt")));
	}

	@Test
	void amountsOutOfRangeAreRefusedBeforeAnyInputIsRead() throws Exception {
		String absent = dir.resolve("absent.tif").toString();
		Path table = dir.resolve("candidates.csv"), map = dir.resolve("map.tif");
		assertTrue(refusal(PredictMembranesCommand.class, Map.of("input", absent, "tile_size", 0, "output_file", map.toString()))
				.startsWith("--tile-size 0: "));
		assertTrue(refusal(DetectMergeErrorsCommand.class, Map.of("model", dir.resolve("absent.zip").toFile(), "segmentation", absent,
				"min_voxels", -1L, "table_file", table.toFile())).startsWith("--min-voxels -1: "));
		assertFalse(Files.exists(table) || Files.exists(map), "nothing written");
	}

	private static void assertIsAnInput(String input, Class<? extends Command> command, Map<String, Object> inputs) throws Exception {
		String message = refusal(command, inputs);
		assertTrue(message.startsWith(input + ": is also an input of this command"), command.getSimpleName() + ": " + message);
	}

	/** The message of the {@link BadInputException} that stops {@code command}. */
	private static String refusal(Class<? extends Command> command, Map<String, Object> inputs) throws Exception {
		try (Context context = new Context(CommandService.class)) {
			ExecutionException e = assertThrows(ExecutionException.class, () -> context.service(CommandService.class).run(command, true, inputs).get(),
					command.getSimpleName());
			Throwable cause = e;
			while (cause.getCause() != null && !(cause instanceof BadInputException))
				cause = cause.getCause();
			assertTrue(cause instanceof BadInputException, command.getSimpleName() + ": " + e);
			return cause.getMessage();
		}
	}
}
