package connectomej.merge;

import java.util.Random;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import connectomej.progress.ProgressListener;

/**
 * Trains and applies a {@link MergeNet}: minibatches of windows, each under a random symmetry of the cube (48) or
 * square (8), seeded; scores in batches.
 */
public final class MergeNetTraining {

	/**
	 * @param epochs passes over the training windows
	 * @param batch windows per minibatch
	 * @param seed order and symmetries
	 */
	public record Settings(int epochs, int batch, long seed) {}

	private MergeNetTraining() {}

	/**
	 * Trains the network in place.
	 *
	 * @return the mean training loss of each epoch
	 */
	public static double[] train(ComputationGraph net, WindowSet data, Settings s, ProgressListener progress) {
		Random random = new Random(s.seed());
		double[] losses = new double[s.epochs()];
		for (int epoch = 0; epoch < s.epochs(); epoch++) {
			WindowSet shuffled = data.shuffled(random.nextLong());
			double sum = 0;
			int batches = 0;
			for (int from = 0; from < shuffled.size(); from += s.batch(), batches++) {
				WindowSet b = shuffled.range(from, Math.min(shuffled.size(), from + s.batch()));
				net.fit(new DataSet(inputs(b, random), labels(b)));
				sum += net.score();
			}
			losses[epoch] = sum / Math.max(1, batches);
			progress.progress("training MergeNet, epoch " + (epoch + 1) + " loss " + String.format("%.4f", losses[epoch]),
					epoch + 1, s.epochs());
		}
		return losses;
	}

	/**
	 * Merge probabilities of windows.
	 *
	 * @param windows grid^dimensions cells each, x fastest
	 * @return one probability in [0, 1] per window
	 */
	public static double[] score(ComputationGraph net, WindowSet windows, int batch) {
		double[] scores = new double[windows.size()];
		for (int from = 0; from < windows.size(); from += batch) {
			WindowSet b = windows.range(from, Math.min(windows.size(), from + batch));
			INDArray out = net.outputSingle(false, inputs(b, null));
			for (int i = 0; i < b.size(); i++)
				scores[from + i] = out.getDouble(i, 0);
		}
		return scores;
	}

	/** The batch as NCDHW (or NCHW); symmetries applied when {@code random} is given. */
	static INDArray inputs(WindowSet b, Random random) {
		int g = b.grid(), cells = b.windows().get(0).length;
		float[] flat = new float[b.size() * cells];
		for (int i = 0; i < b.size(); i++) {
			float[] w = b.windows().get(i);
			if (random != null)
				w = b.dimensions() == 3 ? CubeSymmetries.cube(w, g, random.nextInt(CubeSymmetries.CUBE))
						: CubeSymmetries.square(w, g, random.nextInt(CubeSymmetries.SQUARE));
			System.arraycopy(w, 0, flat, i * cells, cells);
		}
		long[] shape = b.dimensions() == 3 ? new long[] { b.size(), 1, g, g, g } : new long[] { b.size(), 1, g, g };
		return Nd4j.create(flat, shape, 'c');
	}

	private static INDArray labels(WindowSet b) {
		float[] y = new float[b.size()];
		for (int i = 0; i < y.length; i++)
			y[i] = b.merged().get(i) ? 1 : 0;
		return Nd4j.create(y, new long[] { y.length, 1 }, 'c');
	}
}
