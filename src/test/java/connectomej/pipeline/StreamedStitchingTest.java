package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.segment.BlockStitching;
import connectomej.segment.BlockSupervoxels;
import connectomej.segment.WatershedSettings;
import connectomej.volume.Block;
import connectomej.volume.Blocks;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

class StreamedStitchingTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	/** Smooth random membranes: sums of a few seeded bumps, so basins span several 8 x 8 x 4 blocks. */
	private static RandomAccessibleInterval<FloatType> membranes(long seed, long... dims) {
		ArrayImg<FloatType, ?> img = ArrayImgs.floats(dims);
		Random r = new Random(seed);
		double[][] bumps = new double[12][];
		for (int i = 0; i < bumps.length; i++)
			bumps[i] = new double[] { r.nextDouble() * dims[0], r.nextDouble() * dims[1], r.nextDouble() * dims[2] };
		var c = img.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			double nearest = Double.MAX_VALUE, second = Double.MAX_VALUE;
			for (double[] b : bumps) {
				double d = Math.hypot(Math.hypot(c.getDoublePosition(0) - b[0], c.getDoublePosition(1) - b[1]), 2 * (c.getDoublePosition(2) - b[2]));
				second = Math.min(second, Math.max(nearest, d));
				nearest = Math.min(nearest, d);
			}
			c.get().setReal(Math.exp(-(second - nearest)));
		}
		return Views.translate(img, 5, -3, 2);
	}

	@Test
	void equalsStitchingInMemoryOnAnOffsetGrid() throws Exception {
		RandomAccessibleInterval<FloatType> p = membranes(11, 30, 27, 13);
		long[] halo = { 3, 3, 2 };
		List<Block> blocks = Blocks.grid(p, new long[] { 8, 8, 4 }, halo);
		RandomAccessibleInterval<UnsignedLongType> labels = Views.translate(ArrayImgs.unsignedLongs(p.dimensionsAsLongArray()), p.minAsLongArray());
		List<BlockSupervoxels> results = new ArrayList<>();
		for (Block b : blocks) {
			BlockSupervoxels r = BlockSupervoxels.compute(p, labels, b, new VoxelSize(4, 4, 8), WatershedSettings.threshold(0.5));
			BlockSupervoxelFiles.write(dir.resolve(b.gridPath()), r);
			results.add(r);
		}
		long[] grid = Blocks.gridDimensions(p, new long[] { 8, 8, 4 });
		for (boolean[] axes : List.of(new boolean[] { true, true, true }, new boolean[] { true, true, false })) {
			long[][] expected = BlockStitching.finalIds(results, grid, axes);
			long[][] actual = StreamedStitching.finalIds(blocks, grid, dir, axes, pool);
			assertEquals(expected.length, actual.length);
			for (int b = 0; b < expected.length; b++)
				assertArrayEquals(expected[b], actual[b], "block " + b);
		}
	}

	@Test
	void stitchingWithoutAHaloIsRefused() throws Exception {
		RandomAccessibleInterval<FloatType> p = membranes(12, 16, 8, 4);
		List<Block> blocks = Blocks.grid(p, new long[] { 8, 8, 4 }, new long[3]);
		RandomAccessibleInterval<UnsignedLongType> labels = Views.translate(ArrayImgs.unsignedLongs(16, 8, 4), p.minAsLongArray());
		for (Block b : blocks)
			BlockSupervoxelFiles.write(dir.resolve(b.gridPath()), BlockSupervoxels.compute(p, labels, b, VoxelSize.UNIT,
					WatershedSettings.threshold(0.5)));
		assertThrows(IllegalArgumentException.class,
				() -> StreamedStitching.finalIds(blocks, new long[] { 2, 1, 1 }, dir, new boolean[] { true, true, true }, pool));
	}
}
