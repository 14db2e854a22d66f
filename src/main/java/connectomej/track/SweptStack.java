package connectomej.track;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * A training stack with the seed sections the colour network of 3C (Meirovitch, Mi et al. 2018, arXiv 1812.01157)
 * is trained to continue: the ground truth itself, or the labels the sweep ({@link SectionSweep}) gave the stack,
 * as the network saw them when they seeded the next step. Training on the sweep's own seeds teaches the network
 * the seeds it meets in tracking, with their errors, instead of ground truth only.
 *
 * @param stack EM and ground truth
 * @param seeds per z, seed labels (0 = uncoloured), index y * width + x, the stack's sizes
 */
public record SweptStack(TrainingStack stack, long[][] seeds) {

	/**
	 * @throws IllegalArgumentException when the seed sections do not match the stack's sections
	 */
	public SweptStack {
		if (seeds.length != stack.depth())
			throw new IllegalArgumentException(seeds.length + " seed sections for a stack of " + stack.depth());
		for (long[] s : seeds)
			if (s.length != stack.width() * stack.height())
				throw new IllegalArgumentException("a seed section has " + s.length + " voxels, not " + stack.width() * stack.height());
	}

	/** The stack seeded by its own ground truth. */
	public static SweptStack truth(TrainingStack stack) {
		return new SweptStack(stack, stack.labels());
	}

	/**
	 * The stack seeded by the sweep's labels, erased as the sweep erases them before they seed the next step: boundary
	 * voxels by {@code boundaries}, then voxels touching another object ({@link SeedBoundaries}), as {@link
	 * CrossClassificationTracker} does by default.
	 *
	 * @param tracked the sweep's labels of the stack, x, y, z, zero-min, the stack's sizes
	 * @param boundaries the sweep's boundary erasure, over the same zero-min interval (null = none)
	 */
	public static SweptStack of(TrainingStack stack, RandomAccessibleInterval<? extends IntegerType<?>> tracked, BoundarySeeds boundaries) {
		long[][] seeds = new long[stack.depth()][];
		for (int z = 0; z < seeds.length; z++) {
			long[] labels = Sections.labels(tracked, tracked.min(2) + z);
			seeds[z] = SeedBoundaries.erase(boundaries == null ? labels : boundaries.erase(labels, z), stack.width(), stack.height());
		}
		return new SweptStack(stack, seeds);
	}
}
