package connectomej.progress;

/** Thrown by long work when its {@link ProgressListener} reports that the user asked to stop. */
public class CanceledException extends RuntimeException {

	public CanceledException() {
		super("canceled by the user");
	}
}
