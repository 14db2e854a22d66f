package connectomej.ij1;

import connectomej.progress.ProgressListener;
import ij.IJ;

/**
 * Progress of a command on ImageJ's progress bar and status line; pressing Esc asks the work to stop. (Minimal;
 * to be reconciled with the progress bridge of the other Fiji commands.)
 */
public final class ImageJProgress implements ProgressListener {

	/** A listener for one run; a stale Esc press from before is forgotten. */
	public ImageJProgress() {
		IJ.resetEscape();
	}

	@Override
	public void progress(String stage, long done, long total) {
		IJ.showStatus(stage + " " + done + "/" + total);
		IJ.showProgress(done / (double) Math.max(1, total));
	}

	@Override
	public boolean isCanceled() {
		return IJ.escapePressed();
	}
}
