package connectomej.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.volume.VoxelSize;

/** Skeletonizes segments and writes one SWC file per object: the last step of the fast pass. */
public interface SkeletonStage extends Serializable {

	/** A short description for reports, naming the method. */
	String description();

	/**
	 * @param store holds {@link PipelineDatasets#SEGMENTS}
	 * @param voxelSize for lengths and SWC coordinates, nm
	 * @param swcFolder where {@code <id>.swc} files go (exists)
	 * @return skeleton length per segment id, nm
	 */
	Map<Long, Double> skeletons(N5Store store, VoxelSize voxelSize, Path swcFolder, ExecutorService executor,
			ProgressListener listener) throws IOException;

	/** No skeletons (until a skeletonization method is chosen): writes nothing. */
	SkeletonStage NONE = new SkeletonStage() {

		private static final long serialVersionUID = 1L;

		@Override
		public String description() {
			return "none";
		}

		@Override
		public Map<Long, Double> skeletons(N5Store store, VoxelSize voxelSize, Path swcFolder, ExecutorService executor, ProgressListener listener) {
			return Map.of();
		}
	};
}
