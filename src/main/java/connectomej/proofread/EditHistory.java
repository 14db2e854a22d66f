package connectomej.proofread;

import java.util.ArrayDeque;
import java.util.Deque;

/** The applied edits and the undone ones, over one {@link LabelEdits}; a new edit discards the undone ones. */
final class EditHistory {

	private final LabelEdits edits;
	private final Deque<Edit> done = new ArrayDeque<>();
	private final Deque<Edit> undone = new ArrayDeque<>();

	EditHistory(LabelEdits edits) {
		this.edits = edits;
	}

	void apply(Edit edit) {
		edit.apply(edits);
		done.push(edit);
		undone.clear();
	}

	boolean canUndo() {
		return !done.isEmpty();
	}

	boolean canRedo() {
		return !undone.isEmpty();
	}

	void undo() {
		Edit edit = done.pop();
		edit.revert(edits);
		undone.push(edit);
	}

	void redo() {
		Edit edit = undone.pop();
		edit.apply(edits);
		done.push(edit);
	}
}
