package connectomej.ij1;

import connectomej.progress.ProgressListener;
import ij.IJ;

/**
 * Progress of a ConnectomeJ command in ImageJ: the progress bar and the status line ("ConnectomeJ: predicting
 * 3/32"); pressing Escape cancels.
 */
public final class ImageJProgress implements ProgressListener {

	/** A listener for a new run: forgets an Escape pressed before it. */
	public ImageJProgress() {
		IJ.resetEscape();
	}

	@Override
	public void progress(String stage, long done, long total) {
		IJ.showStatus("ConnectomeJ: " + stage + " " + done + "/" + total + " (Esc cancels)");
		IJ.showProgress(done >= total ? 1.0 : (double) done / total);
	}

	@Override
	public boolean isCanceled() {
		return IJ.escapePressed();
	}
}
