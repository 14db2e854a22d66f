package connectomej.proofread;

import java.util.Map;

/** One undoable edit of a session: applied to and reverted from the {@link LabelEdits}. */
sealed interface Edit {

	void apply(LabelEdits edits);

	void revert(LabelEdits edits);

	/** {@code absorb} joins {@code keep}. */
	record Merge(long keep, long absorb) implements Edit {

		@Override
		public void apply(LabelEdits edits) {
			edits.merge(keep, absorb);
		}

		@Override
		public void revert(LabelEdits edits) {
			edits.unmerge(absorb);
		}
	}

	/** A segment marked reviewed. */
	record Review(long segment) implements Edit {

		@Override
		public void apply(LabelEdits edits) {
			edits.reviewed().add(segment);
		}

		@Override
		public void revert(LabelEdits edits) {
			edits.reviewed().remove(segment);
		}
	}

	/**
	 * The voxels of the seed-B part of a split get the id {@code newId}.
	 *
	 * @param segment the id that was split; the seed-A part keeps it
	 * @param seedA voxel x, y, z
	 * @param seedB voxel x, y, z
	 * @param newId the id of the seed-B part
	 * @param voxels voxel indices ({@code x + y * dimX}) of the seed-B part, per section z
	 * @param box bounding box of the seed-B part
	 * @param previous the overrides the apply replaced, filled by {@link #apply}, per section z (null = none)
	 */
	record Split(long segment, int[] seedA, int[] seedB, long newId, Map<Integer, int[]> voxels, SegmentBox box,
			Map<Integer, Long[]> previous) implements Edit {

		@Override
		public void apply(LabelEdits edits) {
			previous.clear();
			voxels.forEach((z, indices) -> {
				Long[] before = new Long[indices.length];
				for (int k = 0; k < indices.length; k++)
					before[k] = edits.override(z, indices[k], newId);
				previous.put(z, before);
			});
			edits.splitPart(newId, box);
		}

		@Override
		public void revert(LabelEdits edits) {
			voxels.forEach((z, indices) -> {
				Long[] before = previous.get(z);
				for (int k = 0; k < indices.length; k++)
					edits.override(z, indices[k], before[k]);
			});
			edits.splitPart(newId, null);
		}
	}
}
