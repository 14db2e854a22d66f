package connectomej.io.n5;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.Interval;

/** Positions in the block grid of a dataset. */
public final class N5Grids {

	private N5Grids() {}

	/**
	 * Grid positions of the blocks that overlap an interval, x fastest.
	 *
	 * @param interval voxels in dataset coordinates, inside the dataset
	 */
	public static List<long[]> overlapping(N5DatasetAttributes attributes, Interval interval) {
		int n = attributes.numDimensions();
		long[] first = new long[n], last = new long[n];
		for (int d = 0; d < n; d++) {
			first[d] = interval.min(d) / attributes.blockSize()[d];
			last[d] = interval.max(d) / attributes.blockSize()[d];
		}
		List<long[]> positions = new ArrayList<>();
		long[] p = first.clone();
		while (true) {
			positions.add(p.clone());
			if (!advance(p, first, last))
				return positions;
		}
	}

	/** Next position x fastest; false after the last one. */
	private static boolean advance(long[] p, long[] first, long[] last) {
		for (int d = 0; d < p.length; d++) {
			if (++p[d] <= last[d])
				return true;
			p[d] = first[d];
		}
		return false;
	}
}
