package connectomej.proofread.view;

import java.awt.Point;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import connectomej.proofread.ProofreadSession;
import connectomej.proofread.ReviewCandidate;
import ij.ImagePlus;

/**
 * What the viewer's keys, clicks and buttons do: each {@link ProofreadAction} as one short method over the session
 * and the {@link ViewerState}. Failures become the status message; nothing here throws at the user.
 */
final class ViewerActions {

	private final ProofreadViewer viewer;
	private final ClickController clicks;
	private final List<ImagePlus> orthogonal = new ArrayList<>();

	ViewerActions(ProofreadViewer viewer, ClickController clicks) {
		this.viewer = viewer;
		this.clicks = clicks;
	}

	private ProofreadSession session() {
		return viewer.session();
	}

	private ViewerState state() {
		return viewer.state();
	}

	void perform(ProofreadAction action) {
		try {
			switch (action) {
				case MERGE_MODE -> mode(EditMode.MERGE);
				case SPLIT_MODE -> mode(EditMode.SPLIT);
				case NAVIGATE_MODE -> mode(EditMode.NAVIGATE);
				case UNDO -> state().setMessage(session().undo() ? "undone" : "nothing to undo");
				case REDO -> state().setMessage(session().redo() ? "redone" : "nothing to redo");
				case NEXT_CANDIDATE -> nextCandidate();
				case MARK_REVIEWED -> markReviewed(session().labelAt(cursor().x, cursor().y, viewer.section()));
				case TOGGLE_OVERLAY -> state().setOverlayVisible(!state().overlayVisible());
				case OPACITY_DOWN -> state().setOpacity(state().opacity() - ViewerState.OPACITY_STEP);
				case OPACITY_UP -> state().setOpacity(state().opacity() + ViewerState.OPACITY_STEP);
				case ORTHOGONAL_VIEWS -> orthogonalViews();
				case SAVE -> state().setMessage("saved to " + session().save());
			}
		}
		catch (IOException | RuntimeException e) {
			state().setMessage(action.name().toLowerCase() + " failed: " + e.getMessage());
		}
	}

	void click(int[] xyz) {
		try {
			clicks.click(xyz[0], xyz[1], xyz[2]);
		}
		catch (IOException | RuntimeException e) {
			state().setMessage("click failed: " + e.getMessage());
		}
	}

	void goTo(ReviewCandidate c) {
		state().setCurrentCandidate(c.id());
		SectionNavigation.goTo(viewer.image(), c.location()[0], c.location()[1], c.location()[2]);
		state().setMessage("candidate " + c.id() + " at " + c.location()[0] + ", " + c.location()[1] + ", "
			+ c.location()[2]);
	}

	void markReviewed(ReviewCandidate c) {
		markReviewedId(c.id());
	}

	void closeOrthogonalViews() {
		orthogonal.forEach(ImagePlus::close);
		orthogonal.clear();
	}

	private void mode(EditMode mode) {
		state().setMode(mode);
		state().setMessage(switch (mode) {
			case MERGE -> "merge: click the segment to keep";
			case SPLIT -> "split: click seed A inside the segment";
			case NAVIGATE -> "navigate";
		});
	}

	private void nextCandidate() {
		List<ReviewCandidate> queue = session().candidates();
		if (queue.isEmpty()) {
			state().setMessage("the review queue is empty");
			return;
		}
		int at = 0;
		for (int i = 0; i < queue.size(); i++)
			if (queue.get(i).id() == state().currentCandidate())
				at = (i + 1) % queue.size();
		goTo(queue.get(at));
	}

	/** Marks the current candidate reviewed, or else the segment under the cursor. */
	private void markReviewed(long underCursor) {
		long id = state().currentCandidate() != 0 ? state().currentCandidate() : underCursor;
		markReviewedId(id);
	}

	private void markReviewedId(long id) {
		try {
			if (id == 0) {
				state().setMessage("no segment to mark reviewed");
				return;
			}
			session().markReviewed(id);
			if (id == state().currentCandidate())
				state().setCurrentCandidate(0);
			state().setMessage("segment " + id + " reviewed");
		}
		catch (IOException | RuntimeException e) {
			state().setMessage("mark reviewed failed: " + e.getMessage());
		}
	}

	private void orthogonalViews() throws IOException {
		Point p = cursor();
		closeOrthogonalViews();
		for (ImagePlus view : OrthogonalViews.through(session(), p.x, p.y, viewer.greyScale())) {
			view.show();
			orthogonal.add(view);
		}
		state().setMessage("orthogonal views through x=" + p.x + ", y=" + p.y);
	}

	/** The last mouse position on the image, voxels, inside the section (its centre before the mouse moved). */
	private Point cursor() {
		Point p = viewer.window().getCanvas().getCursorLoc();
		ImagePlus imp = viewer.image();
		if (p == null || p.x < 0 || p.y < 0 || p.x >= imp.getWidth() || p.y >= imp.getHeight())
			return new Point(imp.getWidth() / 2, imp.getHeight() / 2);
		return p;
	}
}
