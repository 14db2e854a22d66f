package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.segment.ObjectStatistics;
import connectomej.segment.Skeleton;
import connectomej.segment.SkeletonFiles;
import connectomej.segment.Skeletons;
import connectomej.segment.TeasarSettings;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * TEASAR skeletons of every segment ({@link Skeletons}), read from the container, one SWC file per segment. Objects are
 * found block by block ({@link ObjectTable#measure}); each is skeletonized from its bounding box, sampled more coarsely
 * when that box is very large ({@link SkeletonBox}), so memory is bounded per object, not by the volume.
 */
public final class TeasarSkeletons implements SkeletonStage {

	private static final long serialVersionUID = 1L;

	/** Volumes up to this many voxels (512 MB of labels) are skeletonized from memory. */
	static final long IN_MEMORY_VOXELS = 64L << 20;

	@Override
	public String description() {
		return "TEASAR (Sato et al. 2000), one SWC per segment";
	}

	@Override
	public Map<Long, Double> skeletons(N5Store store, VoxelSize voxelSize, Path swcFolder, ExecutorService executor,
			ProgressListener listener) throws IOException {
		RandomAccessibleInterval<UnsignedLongType> segments = segments(store);
		TeasarSettings settings = TeasarSettings.defaults(voxelSize.x());
		List<Callable<Skeleton>> jobs = new ArrayList<>();
		for (ObjectStatistics o : ObjectTable.statistics(ObjectTable.measure(store, PipelineDatasets.SEGMENTS, executor)))
			jobs.add(() -> skeleton(segments, o, voxelSize, settings));
		List<Skeleton> skeletons = new ArrayList<>();
		for (Skeleton s : Parallel.all(jobs, executor))
			if (s != null)
				skeletons.add(s);
		SkeletonFiles.writeSwcPerObject(skeletons, swcFolder);
		Map<Long, Double> lengths = new TreeMap<>();
		for (Skeleton s : skeletons)
			lengths.put(s.id(), s.length());
		return lengths;
	}

	/**
	 * One object's skeleton: on the full grid when its bounding box is small enough ({@link SkeletonBox}), else on a
	 * sampled grid (node positions stay in nm of the volume); null when sampling misses the object.
	 */
	private static Skeleton skeleton(RandomAccessibleInterval<UnsignedLongType> segments, ObjectStatistics o, VoxelSize voxelSize,
			TeasarSettings settings) {
		SkeletonBox box = SkeletonBox.of(o, voxelSize);
		if (box.full())
			return Skeletons.of(segments, o, voxelSize, settings);
		return Skeletons.of(Views.subsample(segments, box.step()), box.sampled(o), box.sampled(voxelSize), settings);
	}

	/** The segments in memory when they take at most {@value #IN_MEMORY_VOXELS} voxels (faster), else loaded lazily. */
	private static RandomAccessibleInterval<UnsignedLongType> segments(N5Store store) throws IOException {
		N5DatasetAttributes attributes = store.datasetAttributes(PipelineDatasets.SEGMENTS);
		if (Intervals.numElements(attributes.interval()) <= IN_MEMORY_VOXELS)
			return N5Images.readInterval(store, PipelineDatasets.SEGMENTS, attributes.interval(), new UnsignedLongType());
		return N5Images.open(store, PipelineDatasets.SEGMENTS, new UnsignedLongType());
	}
}
