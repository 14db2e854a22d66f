package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --help} and {@code -h} on every command, at any depth, print its usage and exit 0. */
class HelpOptionsTest {

	private static final List<String> COMMANDS = List.of("demo", "synth", "evaluate", "info", "train", "predict", "segment",
			"section-score", "run", "synapses", "mergenet", "mergenet train", "mergenet detect", "mergenet evaluate",
			"mergenet mnist", "uncertainty", "track", "bdv-export", "proofread-save", "proofread");

	@Test
	void everyCommandPrintsItsUsageForHelp() {
		for (String command : COMMANDS)
			for (String flag : new String[] { "--help", "-h" }) {
				String[] words = (command + " " + flag).split(" ");
				CliRun run = CliRun.of(words);
				assertEquals(0, run.exitCode(), command + " " + flag + ": " + run.err());
				assertTrue(run.out().startsWith("Usage: connectomej " + command + " "), command + " " + flag + ": " + run.out());
			}
	}

	@Test
	void everyCommandCoveredHereIsOneOfTheCommandLine() {
		picocli.CommandLine cli = new picocli.CommandLine(new Main());
		List<String> top = cli.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).sorted().toList();
		assertEquals(top, COMMANDS.stream().filter(c -> !c.contains(" ")).sorted().toList(), "a new command needs a line here");
	}
}
