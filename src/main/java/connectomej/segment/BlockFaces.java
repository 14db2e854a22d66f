package connectomej.segment;

import connectomej.volume.Block;

/**
 * The labels a block's own watershed gives on both sides of each face of its core: the core's outermost layer
 * ({@code inside}) and the halo layer just beyond it ({@code outside}), over the core's extent in the other two axes
 * (flat, lower axis fastest). Faces are indexed {@code 2 * axis + side} with side 0 = low, 1 = high; a face is null
 * where the halo does not reach beyond the core (volume border or no halo).
 */
public record BlockFaces(int[][] inside, int[][] outside) {

	/** The faces of a block from its halo-block labels. */
	static BlockFaces of(int[] haloLabels, int[] haloDims, Block block) {
		int[][] in = new int[6][], out = new int[6][];
		long[] offset = block.coreOffsetInHalo();
		for (int axis = 0; axis < 3; axis++) {
			int low = (int) offset[axis], high = (int) (offset[axis] + block.core().dimension(axis) - 1);
			if (low > 0) {
				in[2 * axis] = layer(haloLabels, haloDims, block, axis, low);
				out[2 * axis] = layer(haloLabels, haloDims, block, axis, low - 1);
			}
			if (high < haloDims[axis] - 1) {
				in[2 * axis + 1] = layer(haloLabels, haloDims, block, axis, high);
				out[2 * axis + 1] = layer(haloLabels, haloDims, block, axis, high + 1);
			}
		}
		return new BlockFaces(in, out);
	}

	/** One layer at halo coordinate {@code at} along {@code axis}, over the core extent of the other axes. */
	private static int[] layer(int[] labels, int[] dims, Block block, int axis, int at) {
		int a = axis == 0 ? 1 : 0, b = axis == 2 ? 1 : 2;
		long[] offset = block.coreOffsetInHalo();
		int na = (int) block.core().dimension(a), nb = (int) block.core().dimension(b);
		int[] strides = { 1, dims[0], dims[0] * dims[1] };
		int[] out = new int[na * nb];
		for (int j = 0; j < nb; j++)
			for (int i = 0; i < na; i++)
				out[i + na * j] = labels[at * strides[axis] + (int) (i + offset[a]) * strides[a] + (int) (j + offset[b]) * strides[b]];
		return out;
	}
}
