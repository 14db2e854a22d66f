package connectomej.track;

import java.util.ArrayDeque;

/**
 * Issue 6 diagnostic (session 20): 3C's region decoding fed colours that need no network: each voxel of the next
 * section gets, for every digit, probability 1 for the colour of the seed label nearest to it in the seed section
 * (the label beneath it, or across the seeds' erased band the nearest one, 8-connected steps), and uniform colours
 * beyond {@code reach} steps from every seed. Sessions 9-15 found that the colour nets copy the colour beneath a voxel;
 * this is that rule made exact, so what it scores is what a net gains over copying.
 */
final class NearestSeedColours extends RuleColours {

	private final int reach;

	/** @param reach the farthest a voxel may lie from a seed label and still take its colour, 8-connected steps */
	NearestSeedColours(int colours, int redundant, double agreement, RegionAssignment assignment, double voxelConfidence, int reach) {
		super(colours, redundant, agreement, assignment, voxelConfidence);
		this.reach = reach;
	}

	@Override
	long[] labels(long[] seeds, int width, int height) {
		return nearestLabels(seeds, width, height, reach);
	}

	/** Each pixel's nearest non-zero label within {@code reach} 8-connected steps (breadth first), else 0. */
	static long[] nearestLabels(long[] labels, int width, int height, int reach) {
		long[] out = labels.clone();
		int[] steps = new int[labels.length];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int i = 0; i < labels.length; i++)
			if (labels[i] != 0)
				queue.add(i);
		while (!queue.isEmpty()) {
			int i = queue.poll(), x = i % width, y = i / width;
			if (steps[i] >= reach)
				continue;
			for (int dy = -1; dy <= 1; dy++)
				for (int dx = -1; dx <= 1; dx++) {
					int nx = x + dx, ny = y + dy;
					if (nx < 0 || ny < 0 || nx >= width || ny >= height)
						continue;
					int j = ny * width + nx;
					if (out[j] == 0) {
						out[j] = out[i];
						steps[j] = steps[i] + 1;
						queue.add(j);
					}
				}
		}
		return out;
	}
}
