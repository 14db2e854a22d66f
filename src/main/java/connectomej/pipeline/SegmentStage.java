package connectomej.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;

/**
 * Agglomerates supervoxels into segments: the merging step of the fast pass (Meirovitch et al. 2016,
 * arXiv 1612.02120). Region-adjacency-graph agglomeration plugs in here.
 */
public interface SegmentStage extends Serializable {

	/** A short description for reports, naming the method and its parameters. */
	String description();

	/**
	 * @param store holds {@link PipelineDatasets#SUPERVOXELS} (ids 1..n) and {@link PipelineDatasets#MEMBRANES}
	 * @param executor runs blocks in parallel
	 * @param listener progress and cancellation
	 * @return every supervoxel id to its segment id, 1..m
	 */
	LabelMapping segments(N5Store store, ExecutorService executor, ProgressListener listener) throws IOException;
}
