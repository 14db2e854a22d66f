package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class ForwardBackwardJoinTest {

	/** A 2 x 1 x n volume (x fastest, then z) of the given labels. */
	private static RandomAccessibleInterval<UnsignedLongType> volume(long... labels) {
		return ArrayImgs.unsignedLongs(labels, 2, 1, labels.length / 2);
	}

	private static long[] labels(RandomAccessibleInterval<UnsignedLongType> v) {
		long[] out = new long[(int) v.size()];
		int i = 0;
		for (UnsignedLongType t : Views.flatIterable(v))
			out[i++] = t.get();
		return out;
	}

	@Test
	void aSplitOfTheForwardSweepThatTheBackwardSweepFollowsIsJoined() {
		// two columns, x = 0 and x = 1; forward loses the left one after section 1 (new object 5)
		var forward = volume(1, 2, 1, 2, 5, 2, 5, 2);
		var backward = volume(7, 8, 7, 8, 7, 8, 7, 8);
		assertArrayEquals(new long[] { 1, 2, 1, 2, 1, 2, 1, 2 }, labels(ForwardBackwardJoin.join(forward, backward, 0.5)));
	}

	@Test
	void aMergeOfTheBackwardSweepJoinsTheForwardObjectsItHolds() {
		var forward = volume(1, 2, 1, 2, 1, 2, 1, 2);
		var backward = volume(7, 7, 7, 7, 7, 7, 7, 7);
		assertArrayEquals(new long[] { 1, 1, 1, 1, 1, 1, 1, 1 }, labels(ForwardBackwardJoin.join(forward, backward, 0.5)));
	}

	@Test
	void objectsHeldByLessThanTheShareStayApartAndEmptyVoxelsStayEmpty() {
		// forward: the left column is 1 then 5; backward: 7 holds 1 whole and 2 of 5's 3 voxels, 8 the rest
		var forward = volume(1, 2, 1, 2, 5, 2, 5, 2, 5, 0);
		var backward = volume(7, 8, 7, 8, 7, 8, 7, 8, 8, 8);
		assertArrayEquals(new long[] { 1, 2, 1, 2, 5, 2, 5, 2, 5, 0 }, labels(ForwardBackwardJoin.join(forward, backward, 0.8)));
		assertArrayEquals(new long[] { 1, 2, 1, 2, 1, 2, 1, 2, 1, 0 }, labels(ForwardBackwardJoin.join(forward, backward, 0.6)));
	}
}
