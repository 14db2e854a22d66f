package connectomej.progress;

/**
 * Work that reports its progress to a listener given before it starts, and stops when that listener says so: what a
 * front end (ImageJ's progress bar, a terminal) looks for in a command it runs.
 */
public interface ReportsProgress {

	/** Where progress goes, and who may cancel; set before the work runs. */
	void setProgressListener(ProgressListener listener);
}
