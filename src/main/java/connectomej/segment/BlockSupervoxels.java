package connectomej.segment;

import connectomej.volume.Block;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The watershed of one block: computed on the block with its halo, cropped to the core and written with block-local
 * ids 1..count; what stitching needs is kept in {@link BlockFaces}.
 *
 * @param block the block
 * @param count local ids are 1..count
 * @param usedInCore {@code usedInCore[id]} is true when some core voxel carries local id {@code id}
 * @param faces the labels on both sides of each core face, as the block's own watershed sees them
 */
public record BlockSupervoxels(Block block, int count, boolean[] usedInCore, BlockFaces faces) {

	/**
	 * Runs the watershed of {@code block} on {@code probability} and writes its core, with local ids, into
	 * {@code labels}.
	 *
	 * @param probability the whole probability map (x, y, z, any min); only the block with its halo is read
	 * @param labels the whole output; only the block's core is written
	 */
	public static BlockSupervoxels compute(RandomAccessibleInterval<? extends RealType<?>> probability,
		RandomAccessibleInterval<? extends IntegerType<?>> labels, Block block, VoxelSize voxelSize, WatershedSettings settings)
	{
		int[] dims = FlatArrays.dimensions(block.withHalo());
		int[] haloLabels = new int[dims[0] * dims[1] * dims[2]];
		int count = SeededWatershed.watershed(FlatArrays.floats(Views.interval(probability, block.withHalo())), dims, voxelSize,
			settings, haloLabels);
		int[] core = crop(haloLabels, dims, block);
		boolean[] used = new boolean[count + 1];
		for (int id : core)
			used[id] = true;
		FlatArrays.write(core, Views.interval(labels, block.core()));
		return new BlockSupervoxels(block, count, used, BlockFaces.of(haloLabels, dims, block));
	}

	/** The core part of a halo block's labels, x fastest. */
	static int[] crop(int[] haloLabels, int[] haloDims, Block block) {
		long[] offset = block.coreOffsetInHalo();
		int[] core = FlatArrays.dimensions(block.core());
		int[] out = new int[core[0] * core[1] * core[2]];
		int k = 0;
		for (int z = 0; z < core[2]; z++)
			for (int y = 0; y < core[1]; y++) {
				int row = (int) (offset[0] + haloDims[0] * ((y + offset[1]) + (long) haloDims[1] * (z + offset[2])));
				System.arraycopy(haloLabels, row, out, k, core[0]);
				k += core[0];
			}
		return out;
	}
}
