package connectomej.pipeline;

import java.io.IOException;
import java.io.Serializable;

import connectomej.io.n5.N5Store;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * Computes one block of an output N5 dataset from input datasets read with a halo: the unit of work of the
 * block-wise pipeline (Meirovitch et al. 2016, arXiv 1612.02120: the fast pass runs block-parallel).
 * <p>
 * The blocks are those of the output dataset's grid; a runner writes each result once, atomically, as that block's
 * file, so a block whose file exists is finished and an interrupted run resumes where it stopped. Implementations
 * hold only small, serializable settings (dataset names, thresholds, file paths), never images, so the same task
 * can be shipped to a Spark executor; heavy resources (a network) are loaded lazily into transient fields.
 *
 * @param <T> the output dataset's value type
 */
public interface BlockTask<T extends NativeType<T> & RealType<T>> extends Serializable {

	/** Name of the stage, for progress and reports, e.g. {@code "membranes"}. */
	String name();

	/** The output dataset (in the store) whose blocks this task computes; it must exist before running. */
	String outputDataset();

	/** Voxels read beyond each side of a block's core, per axis x, y, z (0 for purely voxel-wise tasks). */
	long[] halo();

	/**
	 * Computes the output over {@code block.core()}.
	 *
	 * @param store the container holding inputs and output
	 * @param block the core to compute and the core grown by {@link #halo()} (clipped to the dataset), in voxels of
	 *            the output dataset
	 * @return the output values over exactly {@code block.core()} (any min); the runner writes it
	 */
	RandomAccessibleInterval<T> compute(N5Store store, Block block) throws IOException;
}
