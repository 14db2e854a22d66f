package connectomej.proofread.view;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the viewer shows, apart from the session: the edit mode and its pending first click, overlay visibility and
 * opacity, the candidate under review and the last status message. Listeners run after every change.
 */
public final class ViewerState {

	/** Opacity step of the {@code [} and {@code ]} keys. */
	public static final double OPACITY_STEP = 0.1;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private EditMode mode = EditMode.NAVIGATE;
	private int[] pendingClick;
	private boolean overlayVisible = true;
	private double opacity = 0.4;
	private long currentCandidate;
	private String message = "";

	/** The edit mode. */
	public EditMode mode() {
		return mode;
	}

	/** Switches the edit mode and forgets a pending click. */
	public void setMode(EditMode mode) {
		this.mode = mode;
		this.pendingClick = null;
		changed();
	}

	/** The first click of a two-click edit, voxels x, y, z, or null. */
	public int[] pendingClick() {
		return pendingClick == null ? null : pendingClick.clone();
	}

	/** Remembers (or, with null, forgets) the first click of a two-click edit, voxels x, y, z. */
	public void setPendingClick(int[] xyz) {
		this.pendingClick = xyz == null ? null : xyz.clone();
		changed();
	}

	/** Whether the overlay is shown. */
	public boolean overlayVisible() {
		return overlayVisible;
	}

	/** Shows or hides the overlay. */
	public void setOverlayVisible(boolean visible) {
		this.overlayVisible = visible;
		changed();
	}

	/** Opacity of the segment colours, [0, 1]. */
	public double opacity() {
		return opacity;
	}

	/** Sets the opacity of the segment colours, clamped to [0, 1]. */
	public void setOpacity(double opacity) {
		this.opacity = Math.max(0, Math.min(1, Math.round(opacity * 100) / 100.0));
		changed();
	}

	/** The candidate segment last gone to, or 0. */
	public long currentCandidate() {
		return currentCandidate;
	}

	/** Sets the candidate segment under review (0 for none). */
	public void setCurrentCandidate(long id) {
		this.currentCandidate = id;
		changed();
	}

	/** The last status message shown to the user. */
	public String message() {
		return message;
	}

	/** Sets the status message. */
	public void setMessage(String message) {
		this.message = message == null ? "" : message;
		changed();
	}

	/** Registers a callback run after every change. */
	public void addListener(Runnable onChange) {
		listeners.add(onChange);
	}

	private void changed() {
		for (Runnable r : listeners)
			r.run();
	}
}
