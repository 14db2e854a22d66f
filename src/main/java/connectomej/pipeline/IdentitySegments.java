package connectomej.pipeline;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;

/** No agglomeration: every supervoxel is a segment (a baseline until an agglomeration stage is chosen). */
public final class IdentitySegments implements SegmentStage {

	private static final long serialVersionUID = 1L;

	@Override
	public String description() {
		return "none (each supervoxel is a segment)";
	}

	@Override
	public LabelMapping segments(N5Store store, ExecutorService executor, ProgressListener listener) throws IOException {
		return DatasetLabels.identity(store, PipelineDatasets.SUPERVOXELS, executor);
	}
}
