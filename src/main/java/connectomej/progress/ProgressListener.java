package connectomej.progress;

/**
 * Receives progress of long work (generation, evaluation, inference, training) and says whether to stop.
 * <p>
 * The method and base layers report through this interface only; the command line shows a progress bar, Fiji its
 * progress bar and status line.
 */
public interface ProgressListener {

	/** A listener that shows nothing and never cancels. */
	ProgressListener NONE = (stage, done, total) -> {};

	/**
	 * Work advanced.
	 *
	 * @param stage short name of what is being done, e.g. "generating"
	 * @param done units of work finished so far, 0..total
	 * @param total units of work of this stage, > 0
	 */
	void progress(String stage, long done, long total);

	/** True when the user asked to stop; long work checks this between units and throws {@link CanceledException}. */
	default boolean isCanceled() {
		return false;
	}

	/** Throws {@link CanceledException} if the user asked to stop. */
	default void checkCanceled() {
		if (isCanceled())
			throw new CanceledException();
	}
}
