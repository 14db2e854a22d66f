package connectomej.pipeline;

import java.io.IOException;

import connectomej.io.n5.N5Store;
import connectomej.io.n5.N5Volumes;
import connectomej.volume.VoxelSize;

/** Names of the datasets the pipeline writes into its N5 container. */
public final class PipelineDatasets {

	/** The EM volume, uint8. */
	public static final String RAW = "raw";
	/** Membrane probabilities, float32 in [0, 1]. */
	public static final String MEMBRANES = "membranes";
	/** Supervoxels of each block with ids unique over the volume but not yet stitched across block faces, uint64. */
	public static final String BLOCK_SUPERVOXELS = "supervoxels-blockwise";
	/** Supervoxels stitched across block faces, ids 1..n, uint64. */
	public static final String SUPERVOXELS = "supervoxels";
	/** Segments (agglomerated supervoxels), ids 1..n, uint64. */
	public static final String SEGMENTS = "segments";

	private PipelineDatasets() {}

	/**
	 * The voxel size the pipeline stored with its raw dataset ({@code "resolution"}, nm, x, y, z).
	 *
	 * @return 1 nm per axis when the attribute is missing
	 */
	public static VoxelSize voxelSize(N5Store store) throws IOException {
		return N5Volumes.voxelSize(store, RAW);
	}
}
