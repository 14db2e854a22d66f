package connectomej.proofread;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import connectomej.synapse.DetectedSynapse;
import connectomej.volume.VoxelSize;

/**
 * Synapse partners after edits: each synapse keeps its cleft, and its pre and post become the current labels at the
 * {@link SynapseAnchors} found in the original segmentation (so merges and splits both carry over); a partner whose
 * anchor was not found follows merges of its original id only. Anchors are found on first use.
 */
final class SynapsePartners {

	/** Current segment id at a voxel x, y, z. */
	@FunctionalInterface
	interface CurrentLabels {

		long at(int x, int y, int z) throws IOException;
	}

	private final List<DetectedSynapse> original;
	private List<SynapseAnchors> anchors;

	SynapsePartners(List<DetectedSynapse> original) {
		this.original = List.copyOf(original);
	}

	/**
	 * The synapses with their partners now.
	 *
	 * @param labels original labels by section, for finding the anchors
	 * @param current the edited labels
	 * @param edits for partners without an anchor
	 */
	List<DetectedSynapse> now(SynapseAnchors.OriginalLabels labels, long[] dims, VoxelSize voxelSize, CurrentLabels current,
			LabelEdits edits) throws IOException {
		if (anchors == null) {
			List<SynapseAnchors> found = new ArrayList<>();
			for (DetectedSynapse s : original)
				found.add(SynapseAnchors.find(s, labels, dims, voxelSize));
			anchors = found;
		}
		List<DetectedSynapse> out = new ArrayList<>();
		for (int i = 0; i < original.size(); i++) {
			DetectedSynapse s = original.get(i);
			SynapseAnchors a = anchors.get(i);
			out.add(new DetectedSynapse(s.id(), s.x(), s.y(), s.z(), s.cleftVoxels(), s.confidence(),
					partner(s.pre(), a.pre(), current, edits), partner(s.post(), a.post(), current, edits)));
		}
		return out;
	}

	private static long partner(long original, int[] anchor, CurrentLabels current, LabelEdits edits) throws IOException {
		if (original == 0)
			return 0;
		return anchor == null ? edits.find(original) : current.at(anchor[0], anchor[1], anchor[2]);
	}
}
