package connectomej.proofread.view;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import connectomej.proofread.ProofreadSession;
import ij.gui.ImageRoi;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.PointRoi;
import ij.gui.Roi;

/**
 * The overlay of one displayed section: segment colours (an {@link ImageRoi} with the state's opacity), synapse
 * arrows, candidate markers, and the pending click and current candidate. The drawn parts of the last
 * {@link #CACHED_SECTIONS} sections are kept; an edit clears them. Only the section asked for is read.
 */
public final class SectionOverlays {

	/** How many sections' overlays are kept. */
	public static final int CACHED_SECTIONS = 3;

	static final Color PENDING = Color.CYAN;
	static final Color CURRENT = Color.WHITE;

	private final ProofreadSession session;
	private final ViewerState state;
	private final MarkerPainter markers;
	private final Map<Integer, List<Roi>> cache = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<Roi>> eldest) {
			return size() > CACHED_SECTIONS;
		}
	};

	/** Overlays of the session's sections, drawn with the opacity and marks of {@code state}. */
	public SectionOverlays(ProofreadSession session, ViewerState state) {
		this.session = session;
		this.state = state;
		this.markers = new MarkerPainter(session);
	}

	/**
	 * The overlay of a section, from the cache when it holds it.
	 *
	 * @param z section, 0-based
	 */
	public synchronized Overlay forSection(int z) throws IOException {
		List<Roi> drawn = cache.get(z);
		if (drawn == null) {
			drawn = draw(z);
			cache.put(z, drawn);
		}
		Overlay overlay = new Overlay();
		for (Roi r : drawn) {
			if (r instanceof ImageRoi colours)
				colours.setOpacity(state.opacity());
			overlay.add(r);
		}
		addCurrent(overlay, z);
		return overlay;
	}

	/** Whether overlays are shown (hidden ones are not drawn while scrolling). */
	public boolean visible() {
		return state.overlayVisible();
	}

	/** The sections whose overlays are cached, least recently used first. */
	public synchronized List<Integer> cachedSections() {
		return List.copyOf(cache.keySet());
	}

	/** Forgets every cached overlay (after an edit). */
	public synchronized void clear() {
		cache.clear();
	}

	private List<Roi> draw(int z) throws IOException {
		int w = (int) session.dimensions()[0], h = (int) session.dimensions()[1];
		long[] labels = session.labelSection(z);
		List<Roi> rois = new ArrayList<>();
		ImageRoi colours = new ImageRoi(0, 0, SegmentColours.paint(labels, w, h));
		colours.setZeroTransparent(true);
		colours.setName("segments");
		rois.add(colours);
		rois.addAll(markers.synapses(labels, z));
		rois.addAll(markers.candidates(z));
		return rois;
	}

	private void addCurrent(Overlay overlay, int z) {
		int[] pending = state.pendingClick();
		if (pending != null && pending[2] == z) {
			PointRoi p = new PointRoi(pending[0] + 0.5, pending[1] + 0.5);
			p.setStrokeColor(PENDING);
			p.setPointType(PointRoi.CROSSHAIR);
			p.setSize(3);
			overlay.add(p, "pending click");
		}
		for (var c : session.candidates())
			if (c.id() == state.currentCandidate() && Math.abs(c.location()[2] - z) <= 1) {
				int r = markers.size() * 2;
				Roi ring = new OvalRoi(c.location()[0] - r, c.location()[1] - r, 2 * r, 2 * r);
				ring.setStrokeColor(CURRENT);
				ring.setStrokeWidth(2);
				overlay.add(ring, "current candidate");
			}
	}
}
