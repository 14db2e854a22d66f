package connectomej.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5Store;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Over-segments a membrane probability map into supervoxels, block by block, then stitches the blocks: the second
 * step of the fast pass (Meirovitch et al. 2016, arXiv 1612.02120). The seeded watershed plugs in here.
 */
public interface SupervoxelStage extends Serializable {

	/** A short description for reports, naming the method and its parameters. */
	String description();

	/** Voxels of context read on each side of a block, per axis x, y, z. */
	long[] halo();

	/**
	 * Labels one block's core.
	 *
	 * @param store the container, where a stage may keep what its stitching needs (in a folder of its own, one file
	 *            per block, written before this returns)
	 * @param membranes probabilities over the block with its halo ({@code block.withHalo()})
	 * @param block the block
	 * @param core output over {@code block.core()}, allocated by the caller: block-local ids 1..n, 0 = boundary
	 * @return n, the largest id written
	 */
	long labelBlock(N5Store store, RandomAccessibleInterval<FloatType> membranes, Block block, RandomAccessibleInterval<UnsignedLongType> core)
			throws IOException;

	/**
	 * Stitches supervoxels across block faces.
	 *
	 * @param store the container; {@link PipelineDatasets#BLOCK_SUPERVOXELS} holds every block's ids made unique over
	 *            the volume, {@link PipelineDatasets#MEMBRANES} the probabilities
	 * @param executor runs blocks in parallel
	 * @return every id of the block-wise supervoxels to its stitched id, 1..n
	 */
	LabelMapping stitch(N5Store store, ExecutorService executor) throws IOException;
}
