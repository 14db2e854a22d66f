package connectomej.proofread;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@link ProofreadSession} whose edits are appended to {@code journal.log} in the session folder.
 */
public final class JournaledSession {

	private JournaledSession() {}

	/**
	 * Opens a session: creates the session folder, or reopens it and replays its journal.
	 *
	 * @param inputs the volumes and tables to proofread
	 * @param sessionFolder where the journal and saved outputs live
	 * @throws connectomej.io.BadInputException when an input is missing or malformed or the shapes differ
	 */
	public static ProofreadSession open(SessionInputs inputs, Path sessionFolder) throws IOException {
		throw new UnsupportedOperationException("not implemented yet");
	}
}
