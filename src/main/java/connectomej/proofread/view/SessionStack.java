package connectomej.proofread.view;

import java.io.IOException;
import java.io.UncheckedIOException;

import connectomej.proofread.ProofreadSession;
import ij.VirtualStack;
import ij.gui.Overlay;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

/**
 * An ImageJ virtual stack whose slices are the session's EM sections, read when ImageJ shows them (never the whole
 * volume), as 8-bit through one {@link GreyScale}. Each slice carries its section's overlay (while overlays are
 * shown), which ImageJ puts on the image when the slice is shown. Slices are 1-based, sections 0-based.
 */
public final class SessionStack extends VirtualStack {

	private final ProofreadSession session;
	private final SectionOverlays overlays;
	private final int depth;
	private GreyScale scale;

	/** A stack of {@code dimensions()[2]} slices of {@code dimensions()[0] x dimensions()[1]} pixels. */
	public SessionStack(ProofreadSession session, SectionOverlays overlays) {
		super(Math.toIntExact(session.dimensions()[0]), Math.toIntExact(session.dimensions()[1]), null, null);
		this.session = session;
		this.overlays = overlays;
		this.depth = Math.toIntExact(session.dimensions()[2]);
	}

	/** Reads section {@code n - 1}, converted to 8-bit, with its overlay attached. */
	@Override
	public ImageProcessor getProcessor(int n) {
		try {
			float[] raw = session.rawSection(n - 1);
			if (scale == null)
				scale = GreyScale.of(raw);
			ImageProcessor ip = new ByteProcessor(getWidth(), getHeight(), scale.toBytes(raw));
			if (overlays.visible())
				ip.setOverlay(overlays.forSection(n - 1));
			return ip;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The grey-value map in use (fixed by the first section read). */
	public GreyScale greyScale() {
		if (scale == null)
			getProcessor(1);
		return scale;
	}

	/** The overlay of slice {@code n} (1-based). */
	public Overlay overlay(int n) throws IOException {
		return overlays.forSection(n - 1);
	}

	@Override
	public Object getPixels(int n) {
		return getProcessor(n).getPixels();
	}

	@Override
	public int getSize() {
		return depth;
	}

	@Override
	public int size() {
		return depth;
	}

	@Override
	public int getBitDepth() {
		return 8;
	}

	@Override
	public String getSliceLabel(int n) {
		return "z=" + (n - 1);
	}
}
