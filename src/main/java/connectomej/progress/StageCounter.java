package connectomej.progress;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts finished units of one stage from many threads and forwards each step to a {@link ProgressListener}.
 */
public final class StageCounter {

	private final ProgressListener listener;
	private final String stage;
	private final long total;
	private final AtomicLong done = new AtomicLong();

	/**
	 * @param listener where progress goes
	 * @param stage name of the stage
	 * @param total units in the stage, > 0
	 */
	public StageCounter(ProgressListener listener, String stage, long total) {
		this.listener = listener;
		this.stage = stage;
		this.total = Math.max(1, total);
		listener.progress(stage, 0, this.total);
	}

	/** One more unit is finished; checks for cancellation. */
	public void step() {
		listener.progress(stage, done.incrementAndGet(), total);
		listener.checkCanceled();
	}
}
