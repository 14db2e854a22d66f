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

	/**
	 * What the samples are made of.
	 *
	 * @param sweptShare share of the samples, in [0, 1], drawn from the swept stacks (the sweep's own seeds), the rest
	 *            from the ground-truth stacks
	 * @param referenceArea A0 of {@link SmallObjectWeights}, voxels: objects smaller than this in a patch weigh more
	 *            per voxel; <= 0 = unit weights. Weights are scaled to a mean of 1 over a batch's targets, so the loss
	 *            keeps its scale
	 * @param enteringWeight weight of the uniform colour target on the voxels of entering objects (objects of the next
	 *            section that overlap no seed), >= 0; 0 = no target there ({@link ColourSample})
	 * @param displacedWeight factor, >= 0, on the weight of voxels that lie under another seed label than their
	 *            target's (objects that moved across a boundary between sections); 1 = as any other voxel
	 * @param seedShift largest offset, pixels, of a sample's seed patch against its next-section patch, per axis
	 *            (uniform in [-shift, shift]); 0 = the sections as they are. Stacks must be at least the patch size
	 *            plus twice the shift wide and high
	 * @param bandWeight factor, >= 0, on the weight of voxels that lie under no seed label (the seeds' boundary band,
	 *            where the sweep's colours go wrong most; ACCURACY.md, issue 6, session 15); 1 = as any other voxel
	 */
	public record Mix(double sweptShare, double referenceArea, double enteringWeight, double displacedWeight, int seedShift, double bandWeight) {

		/** Ground-truth seeds only, unit weights, no target on entering objects. */
		public static final Mix TRUTH = new Mix(0, 0, 0);

		/** No target on entering objects. */
		public Mix(double sweptShare, double referenceArea) {
			this(sweptShare, referenceArea, 0);
		}

		/** Displaced voxels weigh as any other; no seed shift. */
		public Mix(double sweptShare, double referenceArea, double enteringWeight) {
			this(sweptShare, referenceArea, enteringWeight, 1, 0);
		}

		/** Band voxels weigh as any other. */
		public Mix(double sweptShare, double referenceArea, double enteringWeight, double displacedWeight, int seedShift) {
			this(sweptShare, referenceArea, enteringWeight, displacedWeight, seedShift, 1);
		}
	}

	private TrackTrainer() {}

	/**
	 * Trains {@code model} in place.
	 *
	 * @param stacks training stacks, each at least 2 sections and {@code patchSize} wide and high
	 * @param progress called every 20 steps and at the end
	 * @return the last progress
	 */
	public static Progress train(ColourModel model, List<TrainingStack> stacks, Settings s, Consumer<Progress> progress) {
		return train(model, stacks, List.of(), s, Mix.TRUTH, progress);
	}

	/**
	 * Trains {@code model} in place on ground-truth and own-seed samples, mixed by {@code mix}.
	 *
	 * @param stacks ground-truth stacks, each at least 2 sections and {@code patchSize} wide and high
	 * @param swept stacks with the sweep's own seeds ({@link SweptStack}), the same conditions; empty = none
	 * @param progress called every 20 steps and at the end
	 * @return the last progress
	 */
	public static Progress train(ColourModel model, List<TrainingStack> stacks, List<SweptStack> swept, Settings s, Mix mix,
			Consumer<Progress> progress) {
		Random random = new Random(s.seed());
		long start = System.nanoTime();
		Progress last = new Progress(0, Double.NaN, Duration.ZERO);
		for (int step = 1; step <= s.maxSteps() && Duration.ofNanos(System.nanoTime() - start).compareTo(s.budget()) < 0; step++) {
			model.network().fit(batch(model, stacks, swept, s, mix, random));
			last = new Progress(step, model.network().score(), Duration.ofNanos(System.nanoTime() - start));
			if (step % 20 == 0)
				progress.accept(last);
		}
		progress.accept(last);
		return last;
	}

	static DataSet batch(ColourModel model, List<TrainingStack> stacks, List<SweptStack> swept, Settings s, Mix mix, Random random) {
		int k = model.colours(), p = s.patchSize(), b = s.batchSize();
		float[] input = new float[b * model.inputChannels() * p * p], target = new float[b * k * p * p], mask = new float[b * p * p];
		for (int i = 0; i < b; i++) {
			boolean own = !swept.isEmpty() && (stacks.isEmpty() || mix.sweptShare() > 0 && random.nextDouble() < mix.sweptShare());
			SweptStack stack = own ? swept.get(random.nextInt(swept.size())) : SweptStack.truth(stacks.get(random.nextInt(stacks.size())));
			ColourSample.draw(model, stack, p, mix, random, input, target, mask, i);
		}
		scaleToUnitMean(mask);
		return new DataSet(Nd4j.create(input, new long[] { b, model.inputChannels(), p, p }, 'c'),
				Nd4j.create(target, new long[] { b, k, p, p }, 'c'), null, Nd4j.create(mask, new long[] { b, 1, p, p }, 'c'));
	}

	/** Divides the non-zero weights by their mean, so that they average 1 (the loss scale of unit weights). */
	static void scaleToUnitMean(float[] weights) {
		double sum = 0;
		int count = 0;
		for (float w : weights)
			if (w > 0) {
				sum += w;
				count++;
			}
		float scale = count == 0 ? 1 : (float) (count / sum);
		for (int i = 0; i < weights.length; i++)
			weights[i] *= scale;
	}

	/**
	 * Share of target voxels whose most probable colour is right, over {@code samples} seeded samples of
	 * {@code stack} (a held-out stack for validation).
	 */
	public static double colourAccuracy(ColourModel model, TrainingStack stack, int patchSize, int samples, long seed) {
		return colourAccuracy(model, SweptStack.truth(stack), patchSize, samples, seed);
	}

	/**
	 * As {@link #colourAccuracy(ColourModel, TrainingStack, int, int, long)} with the seeds of {@code stack} (the
	 * sweep's own seeds of a held-out stack, say); every target voxel counts once, whatever its weight.
	 */
	public static double colourAccuracy(ColourModel model, SweptStack stack, int patchSize, int samples, long seed) {
		Random random = new Random(seed);
		int k = model.colours(), plane = patchSize * patchSize;
		long right = 0, total = 0;
		for (int n = 0; n < samples; n++) {
			float[] input = new float[model.inputChannels() * plane], target = new float[k * plane];
			ColourSample.draw(model, stack, patchSize, Mix.TRUTH, random, input, target, new float[plane], 0);
			float[] p = model.network().outputSingle(false, Nd4j.create(input, new long[] { 1, model.inputChannels(), patchSize, patchSize }, 'c'))
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
