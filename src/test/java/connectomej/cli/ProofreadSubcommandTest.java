package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code connectomej proofread} where there is no display (the test JVM is headless): a clear message, nothing written. */
class ProofreadSubcommandTest {

	@Test
	void headlessStopsWithAClearMessageBeforeTouchingTheSession(@TempDir Path dir) {
		Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
		Path session = dir.resolve("session");
		CliRun r = CliRun.of("proofread", "--raw", "sample-data/synthetic-tem/raw.tif", "--segments",
			"sample-data/synthetic-tem/neuron_ids.tif", "--session", session.toString());
		assertEquals(2, r.exitCode());
		assertTrue(r.err().contains("needs a display") && r.err().contains("xvfb-run"), r.err());
		assertFalse(Files.exists(session), "no session folder made");
	}

	@Test
	void listedInTheHelp() {
		assertTrue(CliRun.of("--help").out().contains("proofread"));
	}
}
