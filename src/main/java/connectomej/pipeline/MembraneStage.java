package connectomej.pipeline;

import java.io.Serializable;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

/** Turns EM into membrane probabilities, one block (with its halo) at a time. */
public interface MembraneStage extends Serializable {

	/** A short description for reports, e.g. the model file. */
	String description();

	/** Voxels of context needed on each side, per axis x, y, z (half the receptive field). */
	long[] halo();

	/**
	 * Predicts membrane probabilities.
	 *
	 * @param raw EM, axes x, y, z: a block with its halo (any min)
	 * @param output probabilities in [0, 1] over the same interval, allocated by the caller
	 */
	void predict(RandomAccessibleInterval<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output);

	/** True when the stage parallelizes inside a block itself, so blocks should run one at a time. */
	default boolean parallelInsideBlocks() {
		return false;
	}

	/**
	 * Checks the stage against the raw volume before anything is computed.
	 *
	 * @param rawDimensions voxels x, y, z
	 * @throws connectomej.io.BadInputException when the stage cannot work on this volume
	 */
	default void checkInput(long[] rawDimensions) {}
}
