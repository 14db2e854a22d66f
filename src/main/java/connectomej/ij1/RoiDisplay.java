package connectomej.ij1;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;

/**
 * Shows ROIs a command produced: in the ROI Manager (the macro's hidden one in batch mode), and as the overlay of
 * the active image when one is open.
 */
final class RoiDisplay {

	private RoiDisplay() {}

	static void show(Overlay rois) {
		RoiManager manager = RoiManager.getInstance();
		if (manager == null)
			manager = RoiManager.getRoiManager();
		for (Roi roi : rois.toArray())
			manager.add((Roi) roi.clone(), -1);
		ImagePlus image = WindowManager.getCurrentImage();
		if (image != null)
			image.setOverlay(rois);
	}
}
