package connectomej.proofread.view;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.awt.event.KeyListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The viewer's keyboard: a key of the {@link ProofreadAction} table runs its action; every other key goes on to the
 * listeners that were on the component before (ImageJ's own shortcuts: zoom, slice keys, tools).
 */
final class ProofreadKeys implements KeyListener {

	private final Consumer<ProofreadAction> perform;
	private final List<KeyListener> others = new ArrayList<>();

	private ProofreadKeys(Consumer<ProofreadAction> perform) {
		this.perform = perform;
	}

	/** Puts the action keys in front of a component's key listeners. */
	static void install(Component component, Consumer<ProofreadAction> perform) {
		ProofreadKeys keys = new ProofreadKeys(perform);
		for (KeyListener l : component.getKeyListeners()) {
			component.removeKeyListener(l);
			keys.others.add(l);
		}
		component.addKeyListener(keys);
	}

	@Override
	public void keyPressed(KeyEvent e) {
		ProofreadAction action = ProofreadAction.forKey(e);
		if (action == null) {
			others.forEach(l -> l.keyPressed(e));
			return;
		}
		e.consume();
		perform.accept(action);
	}

	@Override
	public void keyTyped(KeyEvent e) {
		if (!isActionKeyChar(e.getKeyChar()) || e.isControlDown())
			others.forEach(l -> l.keyTyped(e));
	}

	@Override
	public void keyReleased(KeyEvent e) {
		others.forEach(l -> l.keyReleased(e));
	}

	private static boolean isActionKeyChar(char c) {
		return "mMsSnNrRoOvV[]".indexOf(c) >= 0;
	}
}
