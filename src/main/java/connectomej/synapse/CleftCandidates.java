package connectomej.synapse;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.logic.BitType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.view.Views;

import connectomej.segment.ConnectedComponents;

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
		ArrayImg<BitType, ?> mask = ArrayImgs.bits(dims);
		var c = mask.cursor();
		for (float p : cleft)
			c.next().set(p >= threshold);
		int[] labels = new int[cleft.length];
		ArrayImg<IntType, ?> out = ArrayImgs.ints(labels, dims);
		if (connectSections)
			return new CleftCandidates(dims, labels, (int) ConnectedComponents.label(mask, out));
		int count = 0, plane = (int) (dims[0] * dims[1]);
		for (int z = 0; z < dims[2]; z++) {
			RandomAccessibleInterval<BitType> m = Views.hyperSlice(mask, 2, z);
			int n = (int) ConnectedComponents.label(m, Views.hyperSlice(out, 2, z));
			for (int i = z * plane; i < (z + 1) * plane; i++)
				labels[i] += labels[i] > 0 ? count : 0;
			count += n;
		}
		return new CleftCandidates(dims, labels, count);
	}

	/**
	 * Hysteresis thresholding (Canny 1986): labels the voxels with {@code cleft[i] >= low}, then keeps only the
	 * components that hold at least one voxel with {@code cleft[i] >= high}, renumbered 1..n in scan order of
	 * their first voxel. With {@code low == high} this is {@link #find(float[], long[], double, boolean)}.
	 *
	 * @param cleft probabilities, flat, x fastest, dimensions {@code dims} (x, y, z)
	 * @param low threshold that grows candidates, at most {@code high}
	 * @param high threshold a candidate must reach somewhere (its seed)
	 * @param connectSections whether components join across sections (false for non-adjacent sections)
	 */
	static CleftCandidates find(float[] cleft, long[] dims, double low, double high, boolean connectSections) {
		if (low > high)
			throw new IllegalArgumentException("hysteresis low threshold " + low + " above the high one " + high);
		CleftCandidates grown = find(cleft, dims, low, connectSections);
		if (low == high)
			return grown;
		int[] renumbered = new int[grown.count + 1];
		for (int i = 0; i < cleft.length; i++)
			if (grown.labels[i] > 0 && cleft[i] >= high)
				renumbered[grown.labels[i]] = -1;
		int count = 0;
		int[] labels = grown.labels;
		for (int i = 0; i < labels.length; i++) {
			int l = labels[i];
			if (l > 0 && renumbered[l] < 0)
				renumbered[l] = ++count;
			labels[i] = l > 0 ? Math.max(0, renumbered[l]) : 0;
		}
		return new CleftCandidates(dims, labels, count);
	}

	/** Number of voxels of component {@code c}. */
	int size(int c) {
		return start[c] - start[c - 1];
	}
}
