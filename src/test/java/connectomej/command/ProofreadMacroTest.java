package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code macros/proofread.ijm} in plain ImageJ's batch mode under a virtual display: the "Proofread" menu entry
 * fills the command from the macro options and opens the session (its journal appears). Skipped without xvfb-run.
 */
class ProofreadMacroTest {

	@Test
	void macroOpensTheSession(@TempDir Path ijHome) throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "xvfb-run not installed");
		Path plugins = Files.createDirectories(ijHome.resolve("plugins"));
		try (OutputStream out = Files.newOutputStream(plugins.resolve("ConnectomeJ_.jar"));
			JarOutputStream jar = new JarOutputStream(out))
		{
			jar.putNextEntry(new JarEntry("plugins.config"));
			jar.write(Files.readAllBytes(Path.of("plugins.config")));
			jar.closeEntry();
		}
		Path sample = Path.of("sample-data", "synthetic-tem").toAbsolutePath(), session = ijHome.resolve("session");
		String argument = sample.resolve("raw.tif") + ";" + sample.resolve("neuron_ids.tif") + ";"
			+ sample.resolve("membranes.tif") + ";" + session;
		List<String> cmd = List.of("/usr/bin/xvfb-run", "-a", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
			"-Dplugins.dir=" + ijHome, "-cp", System.getProperty("java.class.path"), "ij.ImageJ", "-batch",
			Path.of("macros", "proofread.ijm").toAbsolutePath().toString(), argument);
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		p.getOutputStream().close();
		boolean done = p.waitFor(120, TimeUnit.SECONDS);
		String output = new String(p.getInputStream().readAllBytes());
		if (!done)
			p.destroyForcibly();
		assertTrue(done, "the macro returned: " + output);
		assertFalse(output.contains("ConnectomeJ:"), "no error reported: " + output);
		assertTrue(output.contains("proofreading"), output);
		assertTrue(Files.exists(session.resolve("journal.log")), "the session was opened: " + output);
	}
}
