package connectomej.proofread.view;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import connectomej.proofread.ProofreadSession;
import connectomej.proofread.ReviewCandidate;
import connectomej.synapse.DetectedSynapse;
import ij.gui.Arrow;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.gui.TextRoi;

/**
 * Vector markers of one section: synapse arrows (pre to post) on the sections within one of the cleft centroid,
 * merge-candidate squares (orange) and high-uncertainty circles (magenta; uncertainty at or above the (upper) median of the
 * queue) within one section of the candidate's location, each marker labelled with its rank in the queue.
 */
final class MarkerPainter {

	static final Color SYNAPSE = Color.YELLOW;
	static final Color MERGE = Color.ORANGE;
	static final Color UNCERTAIN = Color.MAGENTA;

	private final ProofreadSession session;

	MarkerPainter(ProofreadSession session) {
		this.session = session;
	}

	/** Marker size, pixels: a fortieth of the shorter side, at least 4. */
	int size() {
		long[] d = session.dimensions();
		return (int) Math.max(4, Math.min(d[0], d[1]) / 40);
	}

	List<Roi> synapses(long[] labels, int z) {
		int w = (int) session.dimensions()[0], h = (int) session.dimensions()[1];
		List<Roi> rois = new ArrayList<>();
		for (DetectedSynapse s : session.synapses()) {
			if (Math.abs(Math.round(s.z()) - z) > 1)
				continue;
			SynapseArrows.Arrow a = SynapseArrows.arrow(labels, w, h, s, 2 * size());
			Roi roi = a == null ? circle(s.x(), s.y(), size()) : arrow(a);
			roi.setStrokeColor(SYNAPSE);
			roi.setName("synapse " + s.id() + " " + s.pre() + "->" + s.post());
			rois.add(roi);
		}
		return rois;
	}

	List<Roi> candidates(int z) {
		List<ReviewCandidate> queue = session.candidates();
		double highUncertainty = medianUncertainty(queue);
		List<Roi> rois = new ArrayList<>();
		for (int rank = 0; rank < queue.size(); rank++) {
			ReviewCandidate c = queue.get(rank);
			int[] at = c.location();
			if (Math.abs(at[2] - z) > 1)
				continue;
			boolean merge = Double.isFinite(c.mergeScore());
			boolean uncertain = Double.isFinite(c.uncertainty()) && c.uncertainty() >= highUncertainty;
			if (merge)
				rois.add(named(square(at[0], at[1], size()), MERGE, "merge candidate " + c.id()));
			if (uncertain)
				rois.add(named(circle(at[0], at[1], size() + 2), UNCERTAIN, "uncertain " + c.id()));
			if (merge || uncertain)
				rois.add(label(at[0] + size() + 2, at[1] - size(), "#" + (rank + 1)));
		}
		return rois;
	}

	private static double medianUncertainty(List<ReviewCandidate> queue) {
		double[] u = queue.stream().mapToDouble(ReviewCandidate::uncertainty).filter(Double::isFinite).sorted().toArray();
		return u.length == 0 ? Double.POSITIVE_INFINITY : u[u.length / 2];
	}

	private Roi arrow(SynapseArrows.Arrow a) {
		Arrow arrow = new Arrow(a.x1(), a.y1(), a.x2(), a.y2());
		arrow.setStrokeWidth(2);
		arrow.setHeadSize(Math.max(6, size()));
		arrow.setStyle(Arrow.FILLED);
		return arrow;
	}

	private static Roi circle(double x, double y, int r) {
		return new OvalRoi(x - r, y - r, 2 * r, 2 * r);
	}

	private static Roi square(double x, double y, int r) {
		return new Roi(x - r, y - r, 2 * r, 2 * r);
	}

	private static Roi named(Roi roi, Color colour, String name) {
		roi.setStrokeColor(colour);
		roi.setStrokeWidth(2);
		roi.setName(name);
		return roi;
	}

	private Roi label(double x, double y, String text) {
		TextRoi t = new TextRoi(x, y, text, new Font(Font.SANS_SERIF, Font.BOLD, Math.max(9, size() + 4)));
		t.setStrokeColor(Color.WHITE);
		t.setName("rank " + text);
		return t;
	}
}
