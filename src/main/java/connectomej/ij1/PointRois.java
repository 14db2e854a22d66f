package connectomej.ij1;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import connectomej.merge.MergeCandidate;
import connectomej.synapse.DetectedSynapse;
import ij.gui.Overlay;
import ij.gui.PointRoi;

/**
 * Point ROIs for results that have a place in the volume: one per synapse at its cleft centroid, one per merge
 * candidate at the centre of its worst window. Each sits on its own slice (z + 1, ImageJ counts slices from 1) at the
 * nearest voxel, and is named so that the ROI Manager lists what it marks.
 */
public final class PointRois {

	private PointRois() {}

	/** One point per synapse, named {@code synapse ID: PRE->POST} (pre and post 0 without a segmentation). */
	public static Overlay synapses(List<DetectedSynapse> synapses) {
		List<PointRoi> rois = new ArrayList<>();
		for (DetectedSynapse s : synapses)
			rois.add(point(s.x(), s.y(), s.z(), "synapse " + s.id() + ": " + s.pre() + "->" + s.post()));
		return overlay(rois);
	}

	/** One point per candidate, in rank order, named {@code merge RANK: object ID (score S)}. */
	public static Overlay mergeCandidates(List<MergeCandidate> candidates) {
		List<PointRoi> rois = new ArrayList<>();
		for (MergeCandidate c : candidates) {
			int[] p = c.worst();
			String name = String.format(Locale.ROOT, "merge %d: object %d (score %.3f)", rois.size() + 1, c.id(), c.score());
			rois.add(point(p[0], p[1], p[2], name));
		}
		return overlay(rois);
	}

	/**
	 * A point at the voxel nearest to (x, y, z), on slice round(z) + 1.
	 *
	 * @param x position, voxels
	 * @param y position, voxels
	 * @param z position, voxels (sections from 0)
	 */
	static PointRoi point(double x, double y, double z, String name) {
		PointRoi roi = new PointRoi(Math.round(x), Math.round(y));
		roi.setPosition((int) Math.round(z) + 1);
		roi.setName(name);
		return roi;
	}

	private static Overlay overlay(List<PointRoi> rois) {
		Overlay o = new Overlay();
		rois.forEach(o::add);
		return o;
	}
}
