package connectomej.nn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

/**
 * Inference throughput of model files: voxels per second of {@link MembranePredictor} (tiled, default tile size,
 * both cores) on 512 x 512 sections, and the GFLOP/s this means by {@link NetworkFlops} (counted on output voxels;
 * halo recomputation is extra work not counted). Median of per-section times over ~10 s after one warm-up volume.
 * <p>
 * Run (see BENCHMARKS.md): {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * connectomej.nn.ModelBenchmark [model.zip ...]}; no arguments measure the shipped membrane model.
 */
public class ModelBenchmark {

	public static void main(String[] args) throws Exception {
		List<Path> models = new ArrayList<>();
		for (String a : args)
			models.add(Path.of(a));
		if (models.isEmpty())
			models.add(DefaultModels.extract(DefaultModels.MEMBRANE));
		int threads = Runtime.getRuntime().availableProcessors();
		System.out.printf(Locale.ROOT, "%-32s %10s %14s %10s %10s%n", "model", "RF", "FLOP/voxel", "Mvoxel/s", "GFLOP/s");
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			for (Path m : models)
				measure(m, threads, executor);
		} finally {
			executor.shutdownNow();
		}
	}

	private static void measure(Path file, int threads, ExecutorService executor) {
		StoredModel model = ModelFiles.load(file, MembranePredictor.TASK, 1);
		MembranePredictor predictor = MembranePredictor.withDl4j(model, threads);
		double flops = NetworkFlops.perVoxel(model.network().getConfiguration(), 2);
		Volume<UnsignedByteType> section = new Volume<>(random(512, 512, 1), VoxelSize.UNIT);
		ArrayImg<FloatType, ?> out = ArrayImgs.floats(512, 512, 1);
		for (int i = 0; i < 3; i++)
			predictor.predict(section, out, executor);
		List<Double> seconds = new ArrayList<>();
		long end = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < end || seconds.size() < 5) {
			long t0 = System.nanoTime();
			predictor.predict(section, out, executor);
			seconds.add((System.nanoTime() - t0) / 1e9);
		}
		seconds.sort(null);
		double voxelsPerSecond = 512 * 512 / seconds.get(seconds.size() / 2);
		System.out.printf(Locale.ROOT, "%-32s %10s %14.0f %10.2f %10.1f%n", file.getFileName(),
				model.info().receptiveField()[0] + "x" + model.info().receptiveField()[1], flops, voxelsPerSecond / 1e6,
				flops * voxelsPerSecond / 1e9);
	}

	private static ArrayImg<UnsignedByteType, ?> random(long... dims) {
		ArrayImg<UnsignedByteType, ?> img = ArrayImgs.unsignedBytes(dims);
		Random r = new Random(1);
		img.forEach(t -> t.set(r.nextInt(256)));
		return img;
	}
}
