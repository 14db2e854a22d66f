package connectomej.proofread.view;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;

import javax.swing.KeyStroke;

/**
 * The viewer's named actions with their default keys, in one table so they can be listed (README, help) and
 * rebound. Keys are {@link KeyStroke} strings; {@code ctrl} also matches the Mac command key.
 */
public enum ProofreadAction {

	MERGE_MODE("merge mode: click the segment to keep, then the one to join", "M"),
	SPLIT_MODE("split mode: click two seeds inside one segment", "S"),
	NAVIGATE_MODE("back to navigation (clicks go to the ImageJ tool)", "ESCAPE"),
	UNDO("undo the last edit", "ctrl Z"),
	REDO("redo", "ctrl shift Z", "ctrl Y"),
	NEXT_CANDIDATE("go to the next candidate in the queue", "N"),
	MARK_REVIEWED("mark the current candidate (or the segment under the cursor) reviewed", "R"),
	TOGGLE_OVERLAY("show or hide the overlay", "O"),
	OPACITY_DOWN("segment colours more transparent", "OPEN_BRACKET"),
	OPACITY_UP("segment colours more opaque", "CLOSE_BRACKET"),
	ORTHOGONAL_VIEWS("XZ and YZ views through the cursor", "V"),
	SAVE("save corrected labels, synapses and connectome", "ctrl S");

	private static final int MODIFIERS = InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK | InputEvent.ALT_DOWN_MASK;

	private final String description;
	private final List<String> defaultKeys;

	ProofreadAction(String description, String... defaultKeys) {
		this.description = description;
		this.defaultKeys = List.of(defaultKeys);
	}

	/** What the action does, one line. */
	public String description() {
		return description;
	}

	/** The default keys as {@link KeyStroke} strings, e.g. {@code "ctrl shift Z"}. */
	public List<String> defaultKeys() {
		return defaultKeys;
	}

	/** The default keys as a user reads them, e.g. {@code "Ctrl+Shift+Z / Ctrl+Y"}. */
	public String keyText() {
		return String.join(" / ", defaultKeys.stream().map(ProofreadAction::readable).toList());
	}

	/** The action whose default key matches a key-pressed event, or null. */
	public static ProofreadAction forKey(KeyEvent e) {
		int pressed = normalised(e.getModifiersEx());
		for (ProofreadAction a : values())
			for (String key : a.defaultKeys) {
				KeyStroke k = KeyStroke.getKeyStroke(key);
				if (k.getKeyCode() == e.getKeyCode() && normalised(k.getModifiers()) == pressed)
					return a;
			}
		return null;
	}

	private static int normalised(int modifiersEx) {
		if ((modifiersEx & InputEvent.META_DOWN_MASK) != 0)
			modifiersEx |= InputEvent.CTRL_DOWN_MASK;
		return modifiersEx & MODIFIERS;
	}

	private static String readable(String key) {
		KeyStroke k = KeyStroke.getKeyStroke(key);
		String mods = InputEvent.getModifiersExText(normalised(k.getModifiers()));
		String text = KeyEvent.getKeyText(k.getKeyCode());
		return mods.isEmpty() ? text : mods + "+" + text;
	}
}
