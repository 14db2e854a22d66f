package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.progress.CanceledException;
import connectomej.progress.ProgressListener;
import connectomej.progress.StageCounter;
import connectomej.volume.VoxelSize;

class InputDownsamplingTest {

	static ExecutorService executor;

	@BeforeAll
	static void setUp() {
		executor = Executors.newFixedThreadPool(2);
	}

	@AfterAll
	static void tearDown() {
		executor.shutdownNow();
	}

	/** A one-channel "network" that returns its input: what reaches it is what the output shows. */
	static final InferenceBackend IDENTITY = TileFunctions.backend(1, 1, (input, width, height) -> input.clone());

	static ModelInfo info(int factor) {
		return new ModelInfo(1, "membrane", 2, 1, List.of("membrane"), ModelInfo.Normalization.UNIT_RANGE, VoxelSize.UNIT,
				new int[] { 16, 16 }, new long[] { 6, 6 }, 4, new ModelInfo.Training("test", "test"), Map.of(), factor);
	}

	@Test
	void aThinLineSurvivesAndOddSidesRoundUp() {
		ArrayImg<UnsignedByteType, ?> labels = ArrayImgs.unsignedBytes(5, 3, 1);
		for (int y = 0; y < 3; y++)
			labels.randomAccess().setPositionAndGet(3, y, 0).set(1);
		ArrayImg<UnsignedByteType, ?> coarse = InputDownsampling.labels(labels, 2);
		assertArrayEquals(new long[] { 3, 2, 1 }, coarse.dimensionsAsLongArray());
		RandomAccess<UnsignedByteType> c = coarse.randomAccess();
		for (int y = 0; y < 2; y++)
			for (int x = 0; x < 3; x++)
				assertEquals(x == 1 ? 1 : 0, c.setPositionAndGet(x, y, 0).get(), "coarse voxel " + x + ", " + y);
	}

	@Test
	void interpolationReproducesARampInsideAndClampsAtTheBorders() {
		ArrayImg<FloatType, ?> coarse = ArrayImgs.floats(4, 3, 1);
		coarse.forEach(t -> t.set(0));
		var c = coarse.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set(c.getIntPosition(0) * 10 + c.getIntPosition(1));
		}
		ArrayImg<FloatType, ?> fine = ArrayImgs.floats(8, 6, 2);
		InputDownsampling.upsample(coarse, fine, 1, 2);
		RandomAccess<FloatType> f = fine.randomAccess();
		assertEquals(10 * 1.25 + 1.25, f.setPositionAndGet(3, 3, 1).get(), 1e-5, "x 3 -> 1.25, y 3 -> 1.25");
		assertEquals(0, f.setPositionAndGet(0, 0, 1).get(), 1e-6, "clamped at the near border");
		assertEquals(32, f.setPositionAndGet(7, 5, 1).get(), 1e-6, "clamped at the far border");
		assertEquals(0, f.setPositionAndGet(3, 3, 0).get(), 0, "another section was written");
	}

	@Test
	void theNetworkSeesBlockMeansAndTheOutputIsInterpolatedBack() {
		RandomAccessibleInterval<UnsignedByteType> raw = Views.translate(TiledInferenceTest.randomVolume(3, 30, 22, 2), 5, -3, 7);
		ArrayImg<FloatType, ?> out = ArrayImgs.floats(30, 22, 2);
		TiledInference.predict(raw, IDENTITY, info(2), 8, out, executor);
		for (long z = 0; z < 2; z++)
			for (long y = 0; y < 22; y++)
				for (long x = 0; x < 30; x++)
					assertEquals(expected(raw, x, y, z), out.randomAccess().setPositionAndGet(x, y, z).get(), 1e-5,
							"voxel " + x + ", " + y + ", " + z);
	}

	@Test
	void theResultDoesNotDependOnTheTileSize() {
		var raw = TiledInferenceTest.randomVolume(8, 40, 36, 1);
		StoredModel net = TiledInferenceTest.model(UNet.create(new UNet.Settings(2, 1, 1, 2, 4, 11, 1e-3)), 2);
		ModelInfo coarse = net.info().withInputDownsampling(2);
		ArrayImg<FloatType, ?> small = ArrayImgs.floats(40, 36, 1), whole = ArrayImgs.floats(40, 36, 1);
		TiledInference.predict(raw, Dl4jBackend.of(net, 2), coarse, 8, small, executor);
		TiledInference.predict(raw, Dl4jBackend.of(net, 2), coarse, 64, whole, executor);
		double worst = 0;
		var a = small.cursor();
		var b = whole.cursor();
		while (a.hasNext())
			worst = Math.max(worst, Math.abs(a.next().get() - b.next().get()));
		assertTrue(worst <= 1e-5, "max difference " + worst);
	}

	@Test
	void sectionsRunInParallelAreEachCountedOnceAndACancelReachesTheCaller() {
		var raw = TiledInferenceTest.randomVolume(4, 24, 20, 6);
		List<Long> counted = Collections.synchronizedList(new ArrayList<>());
		ProgressListener count = (stage, done, total) -> counted.add(done);
		TiledInference.predict(raw, IDENTITY, info(2), 8, ArrayImgs.floats(24, 20, 6), executor,
				new StageCounter(count, "predict", 6));
		assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L), counted.stream().sorted().toList());

		ProgressListener canceled = new ProgressListener() {
			@Override
			public void progress(String stage, long done, long total) {}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(CanceledException.class, () -> TiledInference.predict(raw, IDENTITY, info(2), 8,
				ArrayImgs.floats(24, 20, 6), executor, new StageCounter(canceled, "predict", 6)));
	}

	@Test
	void blockHalosCoverTheFieldInVoxelsOnTheCoarseGrid() {
		assertArrayEquals(new long[] { 12, 12 }, info(2).receptiveFieldInVoxels());
		assertArrayEquals(new long[] { 6, 6, 0 }, info(2).blockHalo());
		assertArrayEquals(new long[] { 9, 9, 0 }, info(3).blockHalo(), "9 voxels: half of 18, a multiple of 3");
		assertArrayEquals(new long[] { 12, 12, 0 }, info(4).blockHalo(), "half of 24");
		assertArrayEquals(new long[] { 3, 3, 0 }, info(1).blockHalo());
	}

	/** The identity network's output at fine voxel (x, y, z): bilinear interpolation of 2 x 2 means / 255, clamped. */
	private static double expected(RandomAccessibleInterval<UnsignedByteType> raw, long x, long y, long z) {
		double u = Math.max(0, Math.min(14, (x + 0.5) / 2 - 0.5)), v = Math.max(0, Math.min(10, (y + 0.5) / 2 - 0.5));
		long x0 = (long) u, y0 = (long) v, x1 = Math.min(x0 + 1, 14), y1 = Math.min(y0 + 1, 10);
		double fx = u - x0, fy = v - y0;
		return (1 - fy) * ((1 - fx) * mean(raw, x0, y0, z) + fx * mean(raw, x1, y0, z))
				+ fy * ((1 - fx) * mean(raw, x0, y1, z) + fx * mean(raw, x1, y1, z));
	}

	/** The mean of coarse voxel (i, j) of section z, normalized by 255 (raw's own coordinates from its min). */
	private static double mean(RandomAccessibleInterval<UnsignedByteType> raw, long i, long j, long z) {
		RandomAccess<UnsignedByteType> r = raw.randomAccess();
		double sum = 0;
		for (long y = 2 * j; y < 2 * j + 2; y++)
			for (long x = 2 * i; x < 2 * i + 2; x++)
				sum += r.setPositionAndGet(raw.min(0) + x, raw.min(1) + y, raw.min(2) + z).get();
		return sum / 4 / 255;
	}
}
