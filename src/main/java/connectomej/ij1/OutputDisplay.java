package connectomej.ij1;

import org.scijava.module.Module;
import org.scijava.module.ModuleItem;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Overlay;
import ij.measure.ResultsTable;

/**
 * Shows a finished command's image and table outputs in ImageJ (hidden in batch mode, as ImageJ does), and its ROIs
 * (an {@link Overlay} output) in the ROI Manager and on the active image.
 */
final class OutputDisplay {

	private OutputDisplay() {}

	static void show(Module module) {
		for (ModuleItem<?> item : module.getInfo().outputs()) {
			Object value = item.getValue(module);
			if (value instanceof ImagePlus image)
				image.show();
			else if (value instanceof ResultsTable table)
				table.show(table.getTitle() == null ? item.getName() : table.getTitle());
			else if (value instanceof String text && !text.isBlank())
				IJ.log(text);
			else if (value instanceof Overlay rois)
				RoiDisplay.show(rois);
		}
	}
}
