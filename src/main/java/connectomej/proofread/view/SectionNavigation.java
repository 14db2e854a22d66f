package connectomej.proofread.view;

import java.awt.Rectangle;

import ij.ImagePlus;
import ij.gui.ImageCanvas;

/** Moves the view of an image: to a section, and centred on a point when zoomed in. */
final class SectionNavigation {

	private SectionNavigation() {}

	/** Shows section {@code z} (0-based) with voxel (x, y) in the middle of the visible part, as near as it goes. */
	static void goTo(ImagePlus imp, int x, int y, int z) {
		imp.setSlice(Math.max(1, Math.min(imp.getStackSize(), z + 1)));
		ImageCanvas canvas = imp.getCanvas();
		if (canvas == null)
			return;
		canvas.setSourceRect(centred(canvas.getSrcRect(), x, y, imp.getWidth(), imp.getHeight()));
		canvas.repaint();
	}

	/** A rectangle of the same size as {@code visible}, centred on (x, y), kept inside the image. */
	static Rectangle centred(Rectangle visible, int x, int y, int width, int height) {
		int left = Math.max(0, Math.min(width - visible.width, x - visible.width / 2));
		int top = Math.max(0, Math.min(height - visible.height, y - visible.height / 2));
		return new Rectangle(left, top, visible.width, visible.height);
	}
}
