package connectomej.segment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.VolumeFiles;
import connectomej.metrics.ContingencyTables;
import connectomej.metrics.VariationOfInformation;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Throughput of the fast pass (not a test): watershed and agglomeration in voxels per second on gala FIB-SEM test
 * (50 x 100 x 200) and a 256^3 synthetic volume, median of 3 runs after one warm-up. Also prints the VI between
 * the 64^3-block and single-block watershed of the synthetic volume. Run as in BENCHMARKS.md.
 */
public final class FastPassBenchmark {

	private static final WatershedSettings SYNTHETIC = WatershedSettings.threshold(0.3);

	public static void main(String[] args) throws Exception {
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Path gala = Path.of("../shared/data/gala_fibsem/test.h5");
			if (Files.exists(gala)) {
				var p = VolumeFiles.read(gala + ":/boundary_prob");
				ArrayImgsFloat prob = ArrayImgsFloat.copy(ProbabilityMaps.asProbability(p.data(), false));
				run("gala test 200x100x50", prob, WatershedSettings.threshold(0.1), 0.94, two);
			}
			VoronoiMembranes v = VoronoiMembranes.jitteredGrid(new int[] { 256, 256, 256 }, 24, 2, 0.3, 1);
			run("synthetic 256^3", new ArrayImgsFloat(v.probabilityArray, v.dims), SYNTHETIC, 0.5, two);
			blockConsistency(v, two);
		} finally {
			two.shutdownNow();
		}
	}

	private static void run(String name, ArrayImgsFloat prob, WatershedSettings ws, double threshold, ExecutorService two) {
		long n = prob.data.length;
		int[] labels = new int[(int) n];
		double[] single = median(() -> SeededWatershed.watershed(prob.data, prob.dims, VoxelSize.UNIT, ws, labels));
		var out = ArrayImgs.unsignedLongs(prob.dims[0], prob.dims[1], prob.dims[2]);
		long[] block = { 64, 64, 64 }, halo = { 8, 8, 8 };
		double[] blocked1 = median(() -> BlockwiseWatershed.watershed(prob.img(), out, VoxelSize.UNIT, ws, block, halo, oneThread()));
		double[] blocked2 = median(() -> BlockwiseWatershed.watershed(prob.img(), out, VoxelSize.UNIT, ws, block, halo, two));
		long[] sv = FlatArrays.longs(out);
		double[] graph = median(() -> RegionGraph.build(sv, prob.data, prob.dims));
		double[] merge = median(() -> Agglomeration.merge(RegionGraph.build(sv, prob.data, prob.dims), AgglomerationSettings.threshold(threshold)));
		var svImg = ArrayImgs.unsignedLongs(sv, prob.dims[0], prob.dims[1], prob.dims[2]);
		var seg = ArrayImgs.unsignedLongs(prob.dims[0], prob.dims[1], prob.dims[2]);
		double[] blockMerge = median(() -> BlockwiseAgglomeration.agglomerate(svImg, prob.img(), seg, AgglomerationSettings.threshold(threshold),
			block, oneThread()));
		RegionGraph g = RegionGraph.build(sv, prob.data, prob.dims);
		System.out.printf("%s: %d voxels, %d supervoxels, %d edges%n", name, n, g.regionCount(), g.edges().count());
		row("watershed, whole volume, 1 thread", n, single);
		row("watershed, 64^3 blocks + halo 8, 1 thread", n, blocked1);
		row("watershed, 64^3 blocks + halo 8, 2 threads", n, new double[] { blocked2[0], Double.NaN });
		row("region graph (1 thread)", n, graph);
		row("region graph + merging (1 thread)", n, merge);
		row("block-wise graph + merging + writing, 64^3, 1 thread", n, blockMerge);
		row("watershed + agglomeration, both 64^3 blocks, 1 thread", n, new double[] { blocked1[0] + blockMerge[0], blocked1[1] + blockMerge[1] });
	}

	private static void blockConsistency(VoronoiMembranes v, ExecutorService two) {
		var whole = ArrayImgs.unsignedLongs(256, 256, 256);
		var blocks = ArrayImgs.unsignedLongs(256, 256, 256);
		long a = BlockwiseWatershed.watershed(v.probability, whole, VoxelSize.UNIT, SYNTHETIC, new long[] { 256, 256, 256 },
			new long[] { 1, 1, 1 }, two);
		long b = BlockwiseWatershed.watershed(v.probability, blocks, VoxelSize.UNIT, SYNTHETIC, new long[] { 64, 64, 64 },
			new long[] { 8, 8, 8 }, two);
		VariationOfInformation vi = VariationOfInformation.of(ContingencyTables.of(blocks, whole));
		System.out.printf("synthetic 256^3, 64^3 blocks (halo 8) vs one block: %d vs %d supervoxels, VI split %.5f merge %.5f bits%n",
			b, a, vi.split(), vi.merge());
	}

	private static void row(String what, long voxels, double[] seconds) {
		System.out.printf("  %-50s wall %7.3f s %7.2f Mvoxel/s   CPU of calling thread %7.3f s %7.2f Mvoxel/s%n", what, seconds[0],
			voxels / seconds[0] / 1e6, seconds[1], voxels / seconds[1] / 1e6);
	}

	/** Runs tasks in the calling thread, so that its CPU time covers them. */
	private static ExecutorService oneThread() {
		return new AbstractExecutorService() {
			private boolean shut;

			@Override
			public void execute(Runnable command) {
				command.run();
			}

			@Override
			public void shutdown() {
				shut = true;
			}

			@Override
			public List<Runnable> shutdownNow() {
				shut = true;
				return List.of();
			}

			@Override
			public boolean isShutdown() {
				return shut;
			}

			@Override
			public boolean isTerminated() {
				return shut;
			}

			@Override
			public boolean awaitTermination(long timeout, TimeUnit unit) {
				return true;
			}
		};
	}

	/** Median of 3 runs after a warm-up: {wall seconds, CPU seconds of this thread}. */
	private static double[] median(Runnable work) {
		work.run();
		ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		double[] wall = new double[3], cpu = new double[3];
		for (int i = 0; i < 3; i++) {
			long s = System.nanoTime(), c = bean.getCurrentThreadCpuTime();
			work.run();
			wall[i] = (System.nanoTime() - s) / 1e9;
			cpu[i] = (bean.getCurrentThreadCpuTime() - c) / 1e9;
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		return new double[] { wall[1], cpu[1] };
	}

	/** A float volume as a flat array with its dimensions. */
	private record ArrayImgsFloat(float[] data, int[] dims) {

		static ArrayImgsFloat copy(RandomAccessibleInterval<FloatType> in) {
			return new ArrayImgsFloat(FlatArrays.floats(in), FlatArrays.dimensions(in));
		}

		RandomAccessibleInterval<FloatType> img() {
			return ArrayImgs.floats(data, dims[0], dims[1], dims[2]);
		}
	}
}
