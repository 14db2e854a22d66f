package connectomej.nn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution3D;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Forward-pass throughput of reference convolution layers, oneDNN fast path ({@link FastPath}) against
 * Deeplearning4j's default path, side by side in one run. Each measurement runs in its own child JVM (same class
 * path), so one path's memory churn cannot slow the other.
 * <p>
 * Run (see BENCHMARKS.md): {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * connectomej.nn.ConvBenchmark [batch]}.
 */
public class ConvBenchmark {

	public static void main(String[] args) throws Exception {
		if (args.length == 3) {
			child(args[0], Boolean.parseBoolean(args[1]), Integer.parseInt(args[2]));
			return;
		}
		int batch = args.length > 0 ? Integer.parseInt(args[0]) : 1;
		System.out.printf(Locale.ROOT, "%-28s %10s %10s %8s%n", "layer (batch " + batch + ")", "default", "fast", "ratio");
		for (String kind : new String[] { "2d", "3d" }) {
			double slow = inChildJvm(kind, false, batch), fast = inChildJvm(kind, true, batch);
			System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %7.1fx   GFLOP/s%n", label(kind), slow, fast, fast / slow);
		}
	}

	private static String label(String kind) {
		return kind.equals("2d") ? "conv 3x3 32->32 256x256" : "conv 3x3x3 16->16 64^3";
	}

	private static double inChildJvm(String kind, boolean fast, int batch) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process p = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
				ConvBenchmark.class.getName(), kind, Boolean.toString(fast), Integer.toString(batch))
						.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String last = null;
		try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
			for (String line; (line = r.readLine()) != null;)
				last = line;
		}
		if (p.waitFor() != 0 || last == null)
			throw new IllegalStateException("child benchmark failed: " + kind + " fast=" + fast);
		return Double.parseDouble(last.trim());
	}

	private static void child(String kind, boolean fast, int batch) {
		Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
		FastPath.enable(fast);
		double gflops = kind.equals("2d") ? conv2d(batch) : conv3d(batch);
		System.out.println(gflops);
	}

	private static double conv2d(int batch) {
		MultiLayerNetwork net = network(new ConvolutionLayer.Builder(3, 3).nIn(32).nOut(32)
				.convolutionMode(ConvolutionMode.Same).activation(Activation.IDENTITY).build(),
				InputType.convolutional(256, 256, 32));
		INDArray x = Nd4j.rand(DataType.FLOAT, batch, 32, 256, 256);
		return gflops(net, x, 2.0 * 9 * 32 * 32 * 256 * 256 * batch);
	}

	private static double conv3d(int batch) {
		MultiLayerNetwork net = network(new Convolution3D.Builder(3, 3, 3).nIn(16).nOut(16)
				.convolutionMode(ConvolutionMode.Same).activation(Activation.IDENTITY).build(),
				InputType.convolutional3D(Convolution3D.DataFormat.NCDHW, 64, 64, 64, 16));
		INDArray x = Nd4j.rand(DataType.FLOAT, batch, 16, 64, 64, 64);
		return gflops(net, x, 2.0 * 27 * 16 * 16 * 64 * 64 * 64 * batch);
	}

	private static MultiLayerNetwork network(Layer layer, InputType in) {
		MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
				.dataType(DataType.FLOAT).list().layer(layer).setInputType(in).build());
		net.init();
		return net;
	}

	/** Median per-call time over ~2 s after ~1 s of warm-up; GFLOP/s. */
	private static double gflops(MultiLayerNetwork net, INDArray x, double flops) {
		long warmEnd = System.nanoTime() + 1_000_000_000L;
		while (System.nanoTime() < warmEnd)
			net.output(x);
		List<Double> seconds = new ArrayList<>();
		long end = System.nanoTime() + 2_000_000_000L;
		while (System.nanoTime() < end || seconds.size() < 5) {
			long t0 = System.nanoTime();
			net.output(x);
			seconds.add((System.nanoTime() - t0) / 1e9);
		}
		Collections.sort(seconds);
		return flops / seconds.get(seconds.size() / 2) / 1e9;
	}
}
