package connectomej.segment;

import java.util.Arrays;

/**
 * A monotone priority queue of voxel indices with integer levels 0..levels-1, first in first out within a level
 * (so flooding is deterministic). Pushing below the current level pushes at the current level, which is what
 * priority-flood needs (Barnes et al. 2014, "Priority-flood", Computers and Geosciences 62:117).
 */
final class BucketQueue {

	private final int[][] buckets;
	private final int[] heads, tails;
	private int current;

	BucketQueue(int levels) {
		buckets = new int[levels][];
		heads = new int[levels];
		tails = new int[levels];
	}

	void push(int level, int voxel) {
		int l = Math.max(level, current);
		int[] b = buckets[l];
		if (b == null)
			b = buckets[l] = new int[16];
		else if (tails[l] == b.length)
			b = buckets[l] = Arrays.copyOf(b, b.length * 2);
		b[tails[l]++] = voxel;
	}

	/** The next voxel, or -1 when the queue is empty. */
	int pop() {
		while (current < buckets.length && heads[current] == tails[current]) {
			buckets[current] = null;
			current++;
		}
		if (current == buckets.length)
			return -1;
		return buckets[current][heads[current]++];
	}
}
