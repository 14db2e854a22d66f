package connectomej.ij1;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import connectomej.progress.CanceledException;
import ij.IJ;

class ImageJProgressTest {

	@AfterEach
	void forgetEscape() {
		IJ.resetEscape();
	}

	@Test
	void escapeCancelsAndAnEarlierEscapeIsForgotten() {
		IJ.setKeyDown(KeyEvent.VK_ESCAPE);
		ImageJProgress progress = new ImageJProgress();
		assertFalse(progress.isCanceled(), "an Escape pressed before the run does not cancel it");
		progress.progress("predicting", 1, 4);
		IJ.setKeyDown(KeyEvent.VK_ESCAPE);
		assertTrue(progress.isCanceled());
		assertThrows(CanceledException.class, progress::checkCanceled);
	}
}
