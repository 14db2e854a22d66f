package connectomej.track;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a decoded section into a complete labelling: every object keeps its largest region and any region of at
 * least {@code minSize} voxels (branches); smaller stray regions are dropped; unclaimed regions (0) of at least
 * {@code minSize} voxels become new objects; what is left unlabelled takes the label of the nearest labelled voxel
 * (breadth-first growth, 4-connected).
 */
final class SectionCleanup {

	private SectionCleanup() {}

	/**
	 * Cleans {@code section} in place.
	 *
	 * @param nextId the first free id; returns the next free id after the new objects
	 */
	static long resolve(long[] section, int width, int height, int minSize, long nextId) {
		SectionComponents c = SectionComponents.of(section, width, height);
		Map<Long, Integer> largest = new HashMap<>();
		for (int r = 0; r < c.count(); r++)
			if (c.values()[r] != 0)
				largest.merge(c.values()[r], r, (a, b) -> c.sizes()[a] >= c.sizes()[b] ? a : b);
		long[] newLabel = new long[c.count()];
		for (int r = 0; r < c.count(); r++) {
			boolean big = c.sizes()[r] >= minSize;
			if (c.values()[r] == 0)
				newLabel[r] = big ? nextId++ : 0;
			else
				newLabel[r] = big || largest.get(c.values()[r]) == r ? c.values()[r] : 0;
		}
		for (int i = 0; i < section.length; i++)
			section[i] = newLabel[c.index()[i]];
		if (fillFromNeighbours(section, width, height) == 0)
			java.util.Arrays.fill(section, nextId++);
		return nextId;
	}

	/** Grows labels into zeros; returns the number of labelled voxels it started from. */
	static int fillFromNeighbours(long[] section, int width, int height) {
		int[] queue = new int[section.length];
		int tail = 0;
		for (int i = 0; i < section.length; i++)
			if (section[i] != 0)
				queue[tail++] = i;
		int seeds = tail;
		for (int head = 0; head < tail; head++) {
			int i = queue[head], x = i % width, y = i / width;
			int[] neighbours = { x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1 };
			for (int n : neighbours)
				if (n >= 0 && section[n] == 0) {
					section[n] = section[i];
					queue[tail++] = n;
				}
		}
		return seeds;
	}
}
