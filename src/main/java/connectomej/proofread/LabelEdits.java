package connectomej.proofread;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The edit state of a session, applied to original labels when they are read: merges are an id mapping (absorbed
 * id -> keeping id, followed to the end of the chain), splits are per-section voxel overrides (voxel -> id, then
 * mapped like any id), and the reviewed ids. Edits are applied and reverted strictly last-in first-out, so each
 * revert restores exactly what its apply changed.
 */
final class LabelEdits {

	private final Map<Long, Long> mergedInto = new HashMap<>();
	private final Map<Integer, Map<Integer, Long>> overrides = new HashMap<>();
	private final Map<Long, SegmentBox> splitParts = new HashMap<>();
	private final Set<Long> reviewed = new HashSet<>();

	/** The current id of a segment id: follows merges. */
	long find(long id) {
		Long next;
		while ((next = mergedInto.get(id)) != null)
			id = next;
		return id;
	}

	/** Applies the edits to original labels of section {@code z}, into a new array. */
	long[] apply(int z, long[] original) {
		Map<Integer, Long> section = overrides.getOrDefault(z, Map.of());
		Map<Long, Long> found = new HashMap<>();
		long[] out = new long[original.length];
		long previous = 0, previousFound = 0;
		for (int i = 0; i < out.length; i++) {
			Long override = section.isEmpty() ? null : section.get(i);
			long id = override != null ? override : original[i];
			if (id != previous) {
				previous = id;
				previousFound = id == 0 ? 0 : mergedInto.isEmpty() ? id : found.computeIfAbsent(id, this::find);
			}
			out[i] = previousFound;
		}
		return out;
	}

	/** The current id of one voxel, given its original id. */
	long labelAt(int z, int index, long original) {
		Long override = overrides.getOrDefault(z, Map.of()).get(index);
		long id = override != null ? override : original;
		return id == 0 ? 0 : find(id);
	}

	void merge(long keep, long absorb) {
		mergedInto.put(absorb, keep);
	}

	void unmerge(long absorb) {
		mergedInto.remove(absorb);
	}

	/** Sets an override and returns the previous one, or null. */
	Long override(int z, int index, Long id) {
		Map<Integer, Long> section = overrides.computeIfAbsent(z, k -> new HashMap<>());
		Long previous = id == null ? section.remove(index) : section.put(index, id);
		if (section.isEmpty())
			overrides.remove(z);
		return previous;
	}

	/** Records the bounding box of a segment made by a split (null removes it). */
	void splitPart(long id, SegmentBox box) {
		if (box == null)
			splitParts.remove(id);
		else
			splitParts.put(id, box);
	}

	/** Segments made by splits that are in effect, with their bounding boxes. */
	Map<Long, SegmentBox> splitParts() {
		return splitParts;
	}

	Set<Long> reviewed() {
		return reviewed;
	}
}
