package connectomej.proofread.view;

import java.awt.event.MouseEvent;
import java.util.function.Consumer;

import ij.ImagePlus;
import ij.gui.ImageCanvas;

/**
 * The image canvas of the viewer: in merge and split mode a left click is an edit (handed on as voxel x, y and the
 * current section) instead of going to the ImageJ tool; in navigate mode ImageJ handles it as usual.
 */
final class ProofreadCanvas extends ImageCanvas {

	private static final long serialVersionUID = 1L;

	private final transient ViewerState state;
	private final transient Consumer<int[]> onEditClick;

	ProofreadCanvas(ImagePlus imp, ViewerState state, Consumer<int[]> onEditClick) {
		super(imp);
		this.state = state;
		this.onEditClick = onEditClick;
	}

	@Override
	public void mousePressed(MouseEvent e) {
		if (!isEditClick(e)) {
			super.mousePressed(e);
			return;
		}
		onEditClick.accept(new int[] { offScreenX(e.getX()), offScreenY(e.getY()), imp.getCurrentSlice() - 1 });
		e.consume();
	}

	@Override
	public void mouseReleased(MouseEvent e) {
		if (!isEditClick(e))
			super.mouseReleased(e);
	}

	@Override
	public void mouseDragged(MouseEvent e) {
		if (!isEditClick(e))
			super.mouseDragged(e);
	}

	private boolean isEditClick(MouseEvent e) {
		return state.mode() != EditMode.NAVIGATE && e.getButton() <= MouseEvent.BUTTON1 && !e.isPopupTrigger()
			&& !e.isControlDown() && !e.isMetaDown();
	}
}
