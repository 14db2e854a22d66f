package connectomej.proofread;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import connectomej.synapse.DetectedSynapse;

/**
 * Issue 10 acceptance: a scripted session (merge, split, undo, redo, review, merge) runs in a child JVM that is
 * killed (destroyForcibly, no shutdown hooks) after step k; reopening the session folder in this JVM must give the
 * labels and the connectome expected after step k, and after the remaining steps those of the whole script.
 */
class ProofreadKillTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(ints = { 4, 6 })
	void killedSessionReopensWithEveryFinishedEdit(int k) throws Exception {
		Path fixture = Files.createDirectories(dir.resolve("fixture")), folder = dir.resolve("session");
		SessionInputs inputs = ProofreadFixture.write(fixture);
		Process child = startChild(fixture, folder, k);
		try {
			assertEquals("EDITED " + k, firstLine(child));
			assertTrue(child.isAlive(), "the child must still hold the session open when killed");
		} finally {
			child.destroyForcibly();
			child.waitFor(30, TimeUnit.SECONDS);
		}
		try (ProofreadSession session = JournaledSession.open(inputs, folder)) {
			assertState(session, k);
			for (int step = k + 1; step <= ProofreadScript.STEPS; step++)
				ProofreadScript.step(session, step);
			assertState(session, ProofreadScript.STEPS);
			session.save();
		}
		assertEquals(ProofreadScript.FINAL_CONNECTOME, Files.readString(folder.resolve(JournaledSession.CONNECTOME)));
	}

	private static void assertState(ProofreadSession session, int step) throws Exception {
		for (int z = 0; z < ProofreadFixture.DEPTH; z++)
			for (int y = 0; y < ProofreadFixture.HEIGHT; y++)
				assertArrayEquals(ProofreadScript.ROWS[step], ProofreadFixture.row(session, y, z), "row y " + y + " z " + z);
		List<DetectedSynapse> synapses = session.synapses();
		for (int s = 0; s < 3; s++)
			assertArrayEquals(ProofreadScript.PARTNERS[step][s], new long[] { synapses.get(s).pre(), synapses.get(s).post() },
					"synapse " + (s + 1) + " after step " + step);
		assertEquals(step >= 5, session.isReviewed(3));
	}

	private static Process startChild(Path fixture, Path folder, int k) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ScriptedSessionChild.class.getName(),
				fixture.toString(), folder.toString(), Integer.toString(k)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	private static String firstLine(Process child) throws Exception {
		BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		return out.readLine();
	}
}
