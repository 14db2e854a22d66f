package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What goes into the plugin jar (target/classes): the SciJava plugin index and plugins.config list every command of
 * the suite, and every plugins.config entry runs a command that exists.
 */
class PluginIndexTest {

	private static String resource(String name) throws IOException {
		try (InputStream in = PluginIndexTest.class.getClassLoader().getResourceAsStream(name)) {
			assertTrue(in != null, name + " is packaged");
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<String> commandClasses() throws IOException {
		Path dir = Path.of("src/main/java/connectomej/command");
		try (var files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Command.java"))
				.map(n -> "connectomej.command." + n.replace(".java", "")).sorted().toList();
		}
	}

	@Test
	void everyCommandIsIndexedAndInTheMenus() throws IOException {
		String index = resource("META-INF/json/org.scijava.plugin.Plugin");
		String menus = resource("plugins.config");
		List<String> commands = commandClasses();
		assertFalse(commands.isEmpty());
		for (String c : commands) {
			assertTrue(index.contains("\"" + c + "\""), c + " in the SciJava plugin index");
			assertTrue(menus.contains("CommandBridge(\"" + c + "\")"), c + " in plugins.config");
		}
	}

	@Test
	void everyMenuEntryNamesAnExistingCommand() throws Exception {
		for (String line : resource("plugins.config").lines().toList()) {
			if (line.isBlank() || line.startsWith("#"))
				continue;
			String cls = line.substring(line.indexOf("(\"") + 2, line.lastIndexOf("\")"));
			Class<?> c = Class.forName(cls);
			assertTrue(org.scijava.command.Command.class.isAssignableFrom(c), cls + " is a SciJava command");
		}
	}

	@Test
	void everyMenuEntryCarriesItsCommandsLabel() throws Exception {
		for (String line : resource("plugins.config").lines().toList()) {
			if (line.isBlank() || line.startsWith("#"))
				continue;
			String cls = line.substring(line.indexOf("(\"") + 2, line.lastIndexOf("\")"));
			String label = Class.forName(cls).getAnnotation(org.scijava.plugin.Plugin.class).label();
			assertTrue(line.contains(", \"" + label + "\", ") || line.startsWith("File>Open Samples"), line + " is labelled " + label);
		}
	}

	@Test
	void onlyCommandsThatNeedADisplayAreNotHeadless() {
		for (Class<?> c : List.of(ExportBigDataViewerCommand.class, TrackCommand.class, DetectMergeErrorsCommand.class,
				UncertaintyMapCommand.class, DetectSynapsesCommand.class, PredictMembranesCommand.class, SegmentCommand.class,
				RunPipelineCommand.class, TrainModelCommand.class))
			assertTrue(c.getAnnotation(org.scijava.plugin.Plugin.class).headless(), c.getSimpleName() + " is headless");
		assertFalse(ShowInBigDataViewerCommand.class.getAnnotation(org.scijava.plugin.Plugin.class).headless(), "showing needs a display");
		assertFalse(ProofreadCommand.class.getAnnotation(org.scijava.plugin.Plugin.class).headless(), "proofreading needs a display");
	}

	@Test
	void predictSegmentRunAndTrainHaveTheirMenuEntries() throws IOException {
		String index = resource("META-INF/json/org.scijava.plugin.Plugin");
		List<String> menus = resource("plugins.config").lines().toList();
		String[][] entries = { { "Predict Membranes", "PredictMembranesCommand" }, { "Segment (Fast Pass)", "SegmentCommand" },
			{ "Run Pipeline", "RunPipelineCommand" }, { "Train Membrane Model", "TrainModelCommand" } };
		for (String[] e : entries) {
			String cls = "connectomej.command." + e[1];
			assertTrue(index.contains("\"" + cls + "\""), cls + " in the SciJava plugin index");
			assertTrue(menus.contains("Plugins>ConnectomeJ, \"" + e[0] + "\", connectomej.ij1.CommandBridge(\"" + cls + "\")"),
				e[0] + " under Plugins > ConnectomeJ");
		}
	}
}
