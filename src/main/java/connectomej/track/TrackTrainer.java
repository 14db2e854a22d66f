package connectomej.track;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains the 3C colour network (Meirovitch, Mi et al. 2018, arXiv 1812.01157) on stacks with dense ground truth:
 * random patches of section pairs, code words re-drawn for every sample, one random digit per sample. Time-boxed
 * and seeded (the number of steps done within the time box depends on the machine).
 */
public final class TrackTrainer {

	/**
	 * @param patchSize square patch side, voxels; a multiple of the network's size multiple, <= every stack's sides
	 * @param batchSize patches per step
	 * @param budget wall time to stop after
	 * @param maxSteps steps to stop after
	 * @param seed seed of patch sampling and code words
	 */
	public record Settings(int patchSize, int batchSize, Duration budget, int maxSteps, long seed) {}

	/**
	 * @param steps steps done
	 * @param loss training loss of the last step
	 */
	public record Progress(int steps, double loss, Duration elapsed) {}

	private TrackTrainer() {}

	/**
	 * Trains {@code model} in place.
	 *
	 * @param stacks training stacks, each at least 2 sections and {@code patchSize} wide and high
	 * @param progress called every 20 steps and at the end
	 * @return the last progress
	 */
	public static Progress train(ColourModel model, List<TrainingStack> stacks, Settings s, Consumer<Progress> progress) {
		Random random = new Random(s.seed());
		long start = System.nanoTime();
		Progress last = new Progress(0, Double.NaN, Duration.ZERO);
		for (int step = 1; step <= s.maxSteps() && Duration.ofNanos(System.nanoTime() - start).compareTo(s.budget()) < 0; step++) {
			model.network().fit(batch(model, stacks, s, random));
			last = new Progress(step, model.network().score(), Duration.ofNanos(System.nanoTime() - start));
			if (step % 20 == 0)
				progress.accept(last);
		}
		progress.accept(last);
		return last;
	}

	static DataSet batch(ColourModel model, List<TrainingStack> stacks, Settings s, Random random) {
		int k = model.colours(), p = s.patchSize(), b = s.batchSize();
		float[] input = new float[b * (2 + k) * p * p], target = new float[b * k * p * p], mask = new float[b * p * p];
		for (int i = 0; i < b; i++)
			ColourSample.draw(model, stacks.get(random.nextInt(stacks.size())), p, random, input, target, mask, i);
		return new DataSet(Nd4j.create(input, new long[] { b, 2 + k, p, p }, 'c'),
				Nd4j.create(target, new long[] { b, k, p, p }, 'c'), null, Nd4j.create(mask, new long[] { b, 1, p, p }, 'c'));
	}

	/**
	 * Share of target voxels whose most probable colour is right, over {@code samples} seeded samples of
	 * {@code stack} (a held-out stack for validation).
	 */
	public static double colourAccuracy(ColourModel model, TrainingStack stack, int patchSize, int samples, long seed) {
		Random random = new Random(seed);
		int k = model.colours(), plane = patchSize * patchSize;
		long right = 0, total = 0;
		for (int n = 0; n < samples; n++) {
			float[] input = new float[(2 + k) * plane], target = new float[k * plane];
			ColourSample.draw(model, stack, patchSize, random, input, target, new float[plane], 0);
			float[] p = model.network().outputSingle(false, Nd4j.create(input, new long[] { 1, 2 + k, patchSize, patchSize }, 'c'))
					.dup('c').data().asFloat();
			int[] best = ColourModel.argmax(p, k, plane);
			for (int i = 0; i < plane; i++)
				if (target[best[i] * plane + i] > 0)
					right++;
			for (float t : target)
				total += t > 0 ? 1 : 0;
		}
		return total == 0 ? Double.NaN : (double) right / total;
	}
}
