package connectomej.pipeline;

import java.io.IOException;

import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Supervoxels of one block, with ids made unique over the volume: block b (flat index, x fastest) shifts its local
 * ids 1..n by {@code b * voxelsPerBlock}, so no two blocks share an id before stitching.
 */
public final class SupervoxelTask implements BlockTask<UnsignedLongType> {

	private static final long serialVersionUID = 1L;
	private final SupervoxelStage stage;

	public SupervoxelTask(SupervoxelStage stage) {
		this.stage = stage;
	}

	@Override
	public String name() {
		return "supervoxels";
	}

	@Override
	public String outputDataset() {
		return PipelineDatasets.BLOCK_SUPERVOXELS;
	}

	@Override
	public long[] halo() {
		return stage.halo();
	}

	@Override
	public RandomAccessibleInterval<UnsignedLongType> compute(N5Store store, Block block) throws IOException {
		RandomAccessibleInterval<FloatType> membranes = N5Images.readInterval(store, PipelineDatasets.MEMBRANES, block.withHalo(), new FloatType());
		RandomAccessibleInterval<UnsignedLongType> core = Views.translate(ArrayImgs.unsignedLongs(block.core().dimensionsAsLongArray()),
				block.core().minAsLongArray());
		long n = stage.labelBlock(store, membranes, block, core);
		long base = idBase(store.datasetAttributes(PipelineDatasets.BLOCK_SUPERVOXELS), block.gridPosition());
		if (n > voxelsPerBlock(store.datasetAttributes(PipelineDatasets.BLOCK_SUPERVOXELS)))
			throw new IllegalStateException("a block has more supervoxels than voxels");
		for (UnsignedLongType t : Views.iterable(core))
			if (t.get() != 0)
				t.set(t.get() + base);
		return core;
	}

	/** The id offset of the block at a grid position. */
	static long idBase(N5DatasetAttributes attributes, long[] gridPosition) {
		long[] grid = attributes.gridDimensions();
		long flat = gridPosition[0] + grid[0] * (gridPosition[1] + grid[1] * gridPosition[2]);
		return Math.multiplyExact(flat, voxelsPerBlock(attributes));
	}

	private static long voxelsPerBlock(N5DatasetAttributes attributes) {
		long n = 1;
		for (int s : attributes.blockSize())
			n *= s;
		return n;
	}
}
