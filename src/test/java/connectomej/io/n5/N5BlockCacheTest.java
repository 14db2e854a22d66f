package connectomej.io.n5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import net.imglib2.img.cell.CellGrid;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

class N5BlockCacheTest {

	@Test
	void readingSectionBySectionDecodesEachBlockOnce() {
		// 20 x 20 blocks in a layer (400 > the 64 kept at least), 2 layers of blocks 4 sections deep
		CellGrid grid = new CellGrid(new long[] { 160, 160, 8 }, new int[] { 8, 8, 4 });
		AtomicInteger reads = new AtomicInteger();
		var image = N5BlockCache.image(grid, new UnsignedByteType(), 1, (position, size) -> {
			reads.incrementAndGet();
			byte[] b = new byte[size[0] * size[1] * size[2]];
			java.util.Arrays.fill(b, (byte) (position[0] + position[1] + position[2]));
			return b;
		});
		long sum = 0;
		for (UnsignedByteType v : Views.flatIterable(image)) // x fastest, then y, then z: section by section
			sum += v.get();
		assertEquals(800, reads.get(), "each of the 800 blocks once, not once per section it spans (3,200)");
		long expected = 0;
		for (int bz = 0; bz < 2; bz++)
			for (int by = 0; by < 20; by++)
				for (int bx = 0; bx < 20; bx++)
					expected += 8L * 8 * 4 * (bx + by + bz);
		assertEquals(expected, sum);
	}

	@Test
	void keepsALayerOfBlocksAndOneMoreWithinAQuarterOfTheHeap() {
		CellGrid grid = new CellGrid(new long[] { 2048, 2048, 256 }, new int[] { 64, 64, 64 }); // 1,024 blocks a layer
		assertEquals(1025, N5BlockCache.capacity(grid, 1, 8L << 30), "1 GB of 8-bit blocks fits in 2 GB");
		assertEquals(512, N5BlockCache.capacity(grid, 4, 2L << 30), "512 MB of float blocks: 512 of 1 MB fit");
		assertEquals(N5BlockCache.MIN_BLOCKS, N5BlockCache.capacity(new CellGrid(new long[] { 64, 64, 64 }, new int[] { 32, 32, 32 }), 1,
				8L << 30), "a small array keeps the minimum");
		assertEquals(N5BlockCache.MIN_BLOCKS, N5BlockCache.capacity(grid, 8, 1L << 20), "never fewer than the minimum");
	}
}
