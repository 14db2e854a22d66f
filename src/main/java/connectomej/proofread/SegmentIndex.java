package connectomej.proofread;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Per segment of the original segmentation: voxel count, bounding box and the first voxel in scan order (z, then y,
 * then x). Built by one pass over the sections, one section in memory at a time.
 */
final class SegmentIndex {

	/** What is known about one segment. */
	static final class Entry {

		long voxels;
		int[] min, max, first;

		SegmentBox box() {
			return new SegmentBox(min, max);
		}
	}

	private final Map<Long, Entry> entries;
	private final long maxId;

	private SegmentIndex(Map<Long, Entry> entries) {
		this.entries = entries;
		this.maxId = entries.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	/** Scans every section of the original segmentation. */
	static SegmentIndex scan(SessionVolumes volumes) throws IOException {
		long[] d = volumes.dimensions();
		int width = (int) d[0];
		Map<Long, Entry> entries = new HashMap<>();
		for (int z = 0; z < d[2]; z++) {
			long[] labels = volumes.readLabelsUncached(z);
			for (int i = 0; i < labels.length; i++)
				if (labels[i] != 0)
					add(entries.computeIfAbsent(labels[i], k -> new Entry()), i % width, i / width, z);
		}
		return new SegmentIndex(entries);
	}

	private static void add(Entry e, int x, int y, int z) {
		if (e.voxels++ == 0) {
			e.first = new int[] { x, y, z };
			e.min = e.first.clone();
			e.max = e.first.clone();
			return;
		}
		int[] p = { x, y, z };
		for (int d = 0; d < 3; d++) {
			e.min[d] = Math.min(e.min[d], p[d]);
			e.max[d] = Math.max(e.max[d], p[d]);
		}
	}

	/** The entry of an original segment id, or null when the segmentation has no such id. */
	Entry get(long id) {
		return entries.get(id);
	}

	/** The original segment ids and their entries. */
	Map<Long, Entry> entries() {
		return entries;
	}

	/** The largest original id (0 for an empty segmentation). */
	long maxId() {
		return maxId;
	}
}
