package connectomej.command;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.scijava.command.ContextCommand;

import connectomej.progress.CanceledException;
import connectomej.progress.ProgressListener;
import connectomej.progress.ReportsProgress;

/**
 * A command whose work takes long: it reports progress to a {@link ProgressListener} (none headless; ImageJ's
 * progress bar and status line when started from ImageJ) and stops when either that listener or SciJava
 * ({@link #cancel(String)}) says so; then the command ends canceled, with no outputs.
 */
public abstract class LongRunning extends ContextCommand implements ReportsProgress {

	private volatile ProgressListener listener = ProgressListener.NONE;

	/** Where progress goes, and who may cancel besides SciJava; set before the command runs. */
	@Override
	public void setProgressListener(ProgressListener listener) {
		this.listener = listener;
	}

	@Override
	public final void run() {
		try {
			execute(progress());
		} catch (CanceledException e) {
			cancel(e.getMessage());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Does the work, reporting to {@code progress}, which throws {@link CanceledException} when asked to stop. */
	protected abstract void execute(ProgressListener progress) throws IOException;

	private ProgressListener progress() {
		return new ProgressListener() {
			@Override
			public void progress(String stage, long done, long total) {
				listener.progress(stage, done, total);
			}

			@Override
			public boolean isCanceled() {
				return LongRunning.this.isCanceled() || listener.isCanceled();
			}
		};
	}
}
