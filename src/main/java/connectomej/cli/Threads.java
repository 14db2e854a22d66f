package connectomej.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The worker pool of one command-line run. */
final class Threads {

	private Threads() {}

	/** A fixed pool of {@code n} daemon threads; n = 0 means one per core. */
	static ExecutorService pool(int n) {
		int count = n > 0 ? n : Runtime.getRuntime().availableProcessors();
		return Executors.newFixedThreadPool(count, r -> {
			Thread t = new Thread(r, "connectomej-worker");
			t.setDaemon(true);
			return t;
		});
	}
}
