package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Container;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProofreadActionTest {

	private static ProofreadAction pressed(int keyCode, int modifiersEx) {
		return ProofreadAction.forKey(new KeyEvent(new Container(), KeyEvent.KEY_PRESSED, 0, modifiersEx, keyCode,
			KeyEvent.CHAR_UNDEFINED));
	}

	@Test
	void everyDefaultKeyBelongsToOneAction() {
		Set<String> keys = new HashSet<>();
		for (ProofreadAction a : ProofreadAction.values())
			for (String k : a.defaultKeys())
				assertTrue(keys.add(k), k + " bound twice");
	}

	@Test
	void keyEventsFindTheirActions() {
		int ctrl = InputEvent.CTRL_DOWN_MASK, shift = InputEvent.SHIFT_DOWN_MASK;
		assertEquals(ProofreadAction.MERGE_MODE, pressed(KeyEvent.VK_M, 0));
		assertNull(pressed(KeyEvent.VK_M, shift));
		assertEquals(ProofreadAction.UNDO, pressed(KeyEvent.VK_Z, ctrl));
		assertEquals(ProofreadAction.UNDO, pressed(KeyEvent.VK_Z, InputEvent.META_DOWN_MASK));
		assertEquals(ProofreadAction.REDO, pressed(KeyEvent.VK_Z, ctrl | shift));
		assertEquals(ProofreadAction.REDO, pressed(KeyEvent.VK_Y, ctrl));
		assertEquals(ProofreadAction.OPACITY_UP, pressed(KeyEvent.VK_CLOSE_BRACKET, 0));
		assertEquals(ProofreadAction.SAVE, pressed(KeyEvent.VK_S, ctrl));
		assertEquals(ProofreadAction.SPLIT_MODE, pressed(KeyEvent.VK_S, 0));
		assertNull(pressed(KeyEvent.VK_Q, 0));
	}

	@Test
	void keyTextReadsLikeAMenu() {
		assertEquals("Ctrl+Shift+Z / Ctrl+Y", ProofreadAction.REDO.keyText());
		assertEquals("M", ProofreadAction.MERGE_MODE.keyText());
	}
}
