package connectomej.proofread;

import java.nio.file.Path;

/**
 * Child process of {@link ProofreadKillTest}: opens a session on a fixture written by {@link ProofreadFixture#write}, performs the scripted steps 1..k, prints
 * {@code EDITED k} and then blocks until killed.
 * <pre>
 * java -cp ... connectomej.proofread.ScriptedSessionChild FIXTURE_DIR SESSION_DIR K
 * </pre>
 */
public final class ScriptedSessionChild {

	private ScriptedSessionChild() {}

	public static void main(String[] args) throws Exception {
		Path fixture = Path.of(args[0]);
		int last = Integer.parseInt(args[2]);
		SessionInputs inputs = ProofreadFixture.inputs(fixture);
		ProofreadSession session = JournaledSession.open(inputs, Path.of(args[1]));
		for (int k = 1; k <= last; k++)
			ProofreadScript.step(session, k);
		System.out.println("EDITED " + last);
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
