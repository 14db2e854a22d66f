package connectomej.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary outputs not yet renamed into place: when the JVM is stopped while one is being written (Ctrl-C, a
 * SIGTERM from a job scheduler), a shutdown hook deletes what is left of them, so that an interrupted command leaves
 * neither a partial result nor a large temporary file behind. (A killed JVM, SIGKILL, runs no hook.)
 */
final class PendingOutputs {

	private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
	private static volatile boolean hooked;

	private PendingOutputs() {}

	/** Marks {@code temporary} as being written; returns it. */
	static Path add(Path temporary) {
		installHook();
		PENDING.add(temporary);
		return temporary;
	}

	/** Marks {@code temporary} as done with: renamed into place or deleted. */
	static void remove(Path temporary) {
		PENDING.remove(temporary);
	}

	private static synchronized void installHook() {
		if (hooked)
			return;
		Runtime.getRuntime().addShutdownHook(new Thread(PendingOutputs::deleteAll, "connectomej-delete-temporary-outputs"));
		hooked = true;
	}

	private static void deleteAll() {
		for (Path p : PENDING)
			try {
				AtomicFiles.deleteRecursively(p);
			} catch (IOException | RuntimeException e) {
				System.err.println("connectomej: could not delete the temporary " + p + ": " + e.getMessage());
			}
	}
}
