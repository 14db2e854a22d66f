package connectomej.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;

/**
 * Runs the example macros in {@code macros/} the way a user's batch job does: plain ImageJ 1.x
 * ({@code ij.ImageJ -batch}) under a virtual display, with the suite found through its {@code plugins.config}.
 * Skipped where {@code xvfb-run} is missing (.ci/run installs it).
 */
class MacroBatchTest {

	private static final Path SAMPLE = Path.of("sample-data", "synthetic-tem");

	@TempDir
	static Path ijHome;

	@BeforeAll
	static void installPluginsConfig() throws IOException {
		installPluginsConfig(ijHome);
	}

	/**
	 * Makes {@code home} an ImageJ home whose plugins folder finds the suite through its plugins.config (for other
	 * macro tests too); skips the calling test class where xvfb-run is missing.
	 */
	static void installPluginsConfig(Path home) throws IOException {
		Assumptions.assumeTrue(onPath("xvfb-run"), "xvfb-run not installed: macro batch tests skipped");
		writePluginJar(home);
	}

	/** Writes {@code home/plugins/ConnectomeJ_.jar} holding only the suite's plugins.config. */
	static void writePluginJar(Path home) throws IOException {
		Path plugins = Files.createDirectories(home.resolve("plugins"));
		// ImageJ reads plugins.config from jars with an underscore in their name; the classes come from the class path.
		try (OutputStream out = Files.newOutputStream(plugins.resolve("ConnectomeJ_.jar"));
			JarOutputStream jar = new JarOutputStream(out))
		{
			jar.putNextEntry(new JarEntry("plugins.config"));
			jar.write(Files.readAllBytes(Path.of("plugins.config")));
			jar.closeEntry();
		}
	}

	private static boolean onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
			if (Files.isExecutable(Path.of(dir, program)))
				return true;
		return false;
	}

	/** Runs one macro with an argument in ImageJ batch mode and returns what it printed. */
	static String runMacro(Path macro, String argument) throws Exception {
		return runMacro(ijHome, macro, argument);
	}

	/** Runs one macro in ImageJ batch mode with the plugins of {@code home} (see {@link #installPluginsConfig(Path)}). */
	static String runMacro(Path home, Path macro, String argument) throws Exception {
		List<String> cmd = List.of("xvfb-run", "-a", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
			"-Dplugins.dir=" + home, "-cp", System.getProperty("java.class.path"), "ij.ImageJ", "-batch",
			macro.toAbsolutePath().toString(), argument);
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		p.getOutputStream().close();
		boolean done = p.waitFor(180, TimeUnit.SECONDS);
		String output = new String(p.getInputStream().readAllBytes());
		if (!done) {
			p.destroyForcibly();
			throw new AssertionError("macro " + macro + " did not finish (a dialog waiting?): " + output);
		}
		return output;
	}

	@Test
	void aFailingCommandStopsTheMacroWithItsMessage() throws Exception {
		Path missing = ijHome.resolve("missing.tif");
		Path csv = ijHome.resolve("never.csv");
		String out = runMacro(Path.of("macros", "evaluate_segmentation.ijm"), missing + ";" + missing + ";" + csv);
		assertTrue(out.contains("missing.tif: no such file"), out);
		assertTrue(!out.contains("scores saved"), "the macro stopped at the failing command: " + out);
		assertTrue(!Files.exists(csv), "nothing written");
	}

	@Test
	void aRefusedAmountIsNamedAsTheDialogFieldAndNothingIsWritten() throws Exception {
		Path map = ijHome.resolve("never.tif");
		String out = refusedMacro("Predict Membranes", "input=[" + ijHome.resolve("missing.tif") + "] tile_size=0 output_file=[" + map + "]");
		assertTrue(out.contains("ConnectomeJ: tile_size 0: the tile core must be at least 1 voxel"), out);
		assertTrue(!Files.exists(map), "nothing written");
	}

	@Test
	void aMacroWithoutARequiredFileIsToldWhichField() throws Exception {
		String out = refusedMacro("Evaluate Segmentation", "ground_truth=[" + ijHome.resolve("gt.tif") + "]");
		assertTrue(out.contains("ConnectomeJ: no segmentation given (") && out.contains("give segmentation=... in the macro"), out);
	}

	@Test
	void aMacroNumberThatIsNoNumberIsToldWhichField() throws Exception {
		String out = refusedMacro("Predict Membranes", "input=[" + ijHome.resolve("missing.tif") + "] tile_size=abc");
		assertTrue(out.contains("ConnectomeJ: tile_size 'abc' is not a number (tile core size"), out);
	}

	/** Runs a one-line macro {@code run(command, options)} in batch mode, asserts that it stopped there, and returns what it printed. */
	private static String refusedMacro(String command, String options) throws Exception {
		Path macro = Files.writeString(ijHome.resolve("refused.ijm"), "run(\"" + command + "\", \"" + options + "\");\nprint(\"finished\");\n");
		String out = runMacro(macro, "");
		assertTrue(!out.contains("finished"), "the macro stopped at the command: " + out);
		return out;
	}

	@Test
	void evaluateSegmentationMacro() throws Exception {
		Path labels = SAMPLE.resolve("neuron_ids.tif").toAbsolutePath();
		Path csv = ijHome.resolve("scores.csv");
		String out = runMacro(Path.of("macros", "evaluate_segmentation.ijm"), labels + ";" + labels + ";" + csv);
		assertTrue(out.contains("scores saved"), out);
		CsvTable t = CsvTables.read(csv);
		int row = -1;
		for (int i = 0; i < t.rows().size(); i++)
			if (t.text(i, "metric").equals("adapted Rand error"))
				row = i;
		assertTrue(row >= 0, "has an adapted Rand error row");
		assertEquals(0.0, t.number(row, "value"), 1e-12, "ground truth against itself scores no error");
	}
}
