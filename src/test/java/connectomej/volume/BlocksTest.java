package connectomej.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.imglib2.FinalInterval;
import net.imglib2.Interval;

class BlocksTest {

	@Test
	void coresTileTheIntervalExactlyOnce() {
		Interval whole = new FinalInterval(new long[] { 10, 7, 5 });
		List<Block> blocks = Blocks.grid(whole, new long[] { 4, 4, 2 }, new long[] { 1, 1, 1 });
		assertEquals(3 * 2 * 3, blocks.size());
		int[][][] hits = new int[5][7][10];
		for (Block b : blocks)
			for (long z = b.core().min(2); z <= b.core().max(2); z++)
				for (long y = b.core().min(1); y <= b.core().max(1); y++)
					for (long x = b.core().min(0); x <= b.core().max(0); x++)
						hits[(int) z][(int) y][(int) x]++;
		for (int[][] plane : hits)
			for (int[] row : plane)
				for (int h : row)
					assertEquals(1, h);
	}

	@Test
	void haloIsClippedAtTheBorder() {
		Interval whole = new FinalInterval(new long[] { 10, 10, 10 });
		Block first = Blocks.grid(whole, new long[] { 4, 4, 4 }, new long[] { 2, 2, 2 }).get(0);
		assertArrayEquals(new long[] { 0, 0, 0 }, first.withHalo().minAsLongArray());
		assertArrayEquals(new long[] { 5, 5, 5 }, first.withHalo().maxAsLongArray());
		assertArrayEquals(new long[] { 0, 0, 0 }, first.coreOffsetInHalo());
	}

	@Test
	void offsetIntervalStartsTheGridAtItsMin() {
		Interval whole = FinalInterval.createMinMax(100, -5, 3, 109, 4, 3);
		List<Block> blocks = Blocks.grid(whole, new long[] { 8, 8, 8 }, new long[] { 3, 3, 3 });
		assertEquals(4, blocks.size());
		Block last = blocks.get(3);
		assertArrayEquals(new long[] { 108, 3, 3 }, last.core().minAsLongArray());
		assertArrayEquals(new long[] { 109, 4, 3 }, last.core().maxAsLongArray());
		assertArrayEquals(new long[] { 105, 0, 3 }, last.withHalo().minAsLongArray());
		assertArrayEquals(new long[] { 3, 3, 0 }, last.coreOffsetInHalo());
		assertEquals("1/1/0", last.gridPath());
	}

	@Test
	void rejectsNonPositiveBlockSize() {
		Interval whole = new FinalInterval(new long[] { 4, 4, 4 });
		assertThrows(IllegalArgumentException.class, () -> Blocks.grid(whole, new long[] { 0, 4, 4 }, new long[3]));
	}
}
