package connectomej.synapse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Candidate clefts: the cleft map thresholded and split into face-connected components, in 3D or section by
 * section, with each component's voxels listed (flat indices, x fastest) for the rules to measure.
 */
final class CleftCandidates {

	final long[] dims;
	final int[] labels;
	final int count;
	/** Voxels of component {@code c} (1-based) are {@code voxels[start[c - 1] .. start[c] - 1]}. */
	final int[] start, voxels;

	private CleftCandidates(long[] dims, int[] labels, int count) {
		this.dims = dims;
		this.labels = labels;
		this.count = count;
		this.start = new int[count + 1];
		for (int l : labels)
			if (l > 0)
				start[l]++;
		for (int c = 1; c <= count; c++)
			start[c] += start[c - 1];
		this.voxels = new int[start[count]];
		int[] next = new int[count + 1];
		System.arraycopy(start, 0, next, 1, count);
		for (int i = 0; i < labels.length; i++)
			if (labels[i] > 0)
				voxels[next[labels[i]]++] = i;
	}

	/**
	 * Labels the voxels with {@code cleft[i] >= threshold}.
	 *
	 * @param cleft probabilities, flat, x fastest, dimensions {@code dims} (x, y, z)
	 * @param connectSections whether components join across sections (false for non-adjacent sections)
	 */
	static CleftCandidates find(float[] cleft, long[] dims, double threshold, boolean connectSections) {
		return find(cleft, dims, threshold, threshold, connectSections);
	}

	/**
	 * Hysteresis thresholding (Canny 1986): the face-connected components of the voxels with {@code cleft[i] >= low}
	 * that hold at least one voxel with {@code cleft[i] >= high}, numbered 1..n in scan order of their first voxel.
	 * With {@code low == high} this is plain thresholding. A flood fill from each seed visits the candidates only, so
	 * the cost beyond one scan of the map is the candidates' size.
	 *
	 * @param cleft probabilities, flat, x fastest, dimensions {@code dims} (x, y, z)
	 * @param low threshold that grows candidates, at most {@code high}
	 * @param high threshold a candidate must reach somewhere (its seed)
	 * @param connectSections whether components join across sections (false for non-adjacent sections)
	 */
	static CleftCandidates find(float[] cleft, long[] dims, double low, double high, boolean connectSections) {
		if (low > high)
			throw new IllegalArgumentException("hysteresis low threshold " + low + " above the high one " + high);
		int[] labels = new int[cleft.length];
		List<Integer> firstVoxel = new ArrayList<>();
		Fill fill = new Fill(cleft, dims, low, connectSections ? 3 : 2, labels);
		for (int seed = 0; seed < cleft.length; seed++)
			if (labels[seed] == 0 && cleft[seed] >= high)
				firstVoxel.add(fill.from(seed, firstVoxel.size() + 1));
		return new CleftCandidates(dims, inScanOrder(labels, firstVoxel), firstVoxel.size());
	}

	/** Renumbers the labels 1..n by their components' first voxels (a component can start before its seed). */
	private static int[] inScanOrder(int[] labels, List<Integer> firstVoxel) {
		Integer[] order = new Integer[firstVoxel.size()];
		for (int c = 0; c < order.length; c++)
			order[c] = c;
		Arrays.sort(order, Comparator.comparing(firstVoxel::get));
		int[] renumbered = new int[order.length + 1];
		for (int rank = 0; rank < order.length; rank++)
			renumbered[order[rank] + 1] = rank + 1;
		for (int i = 0; i < labels.length; i++)
			labels[i] = renumbered[labels[i]];
		return labels;
	}

	/** Breadth-first fill of one component through the voxels at or above the low threshold. */
	private static final class Fill {

		private final float[] cleft;
		private final long[] dims;
		private final double low;
		private final int axes;
		private final int[] labels;
		private int[] queue = new int[1024];

		Fill(float[] cleft, long[] dims, double low, int axes, int[] labels) {
			this.cleft = cleft;
			this.dims = dims;
			this.low = low;
			this.axes = axes;
			this.labels = labels;
		}

		/** Labels the component of {@code seed} with {@code label}; returns its smallest flat index. */
		int from(int seed, int label) {
			long nx = dims[0], plane = nx * dims[1];
			long[] steps = { 1, nx, plane };
			labels[seed] = label;
			queue[0] = seed;
			int first = seed;
			for (int head = 0, tail = 1; head < tail; head++) {
				int i = queue[head];
				first = Math.min(first, i);
				long[] p = { i % nx, (i / nx) % dims[1], i / plane };
				for (int a = 0; a < axes; a++)
					for (int d = -1; d <= 1; d += 2) {
						long q = p[a] + d;
						int j = (int) (i + d * steps[a]);
						if (q >= 0 && q < dims[a] && labels[j] == 0 && cleft[j] >= low) {
							labels[j] = label;
							if (tail == queue.length)
								queue = Arrays.copyOf(queue, 2 * tail);
							queue[tail++] = j;
						}
					}
			}
			return first;
		}
	}

	/** Number of voxels of component {@code c}. */
	int size(int c) {
		return start[c] - start[c - 1];
	}
}
