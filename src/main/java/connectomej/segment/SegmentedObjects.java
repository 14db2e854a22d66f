package connectomej.segment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.progress.ProgressListener;
import connectomej.progress.StageCounter;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * The objects of a segmentation with their statistics and, optionally, TEASAR skeletons (Sato et al. 2000) with the
 * default settings for the finest voxel axis: what {@code connectomej segment --objects --swc} writes.
 *
 * @param statistics one per object, by increasing id
 * @param skeletons in the order of {@code statistics}, or null when not computed
 * @param voxelSize nm
 */
public record SegmentedObjects(List<ObjectStatistics> statistics, List<Skeleton> skeletons, VoxelSize voxelSize) {

	/**
	 * Measures the objects of a label volume.
	 *
	 * @param labels ids, 0 = background, axes x, y, z, any min
	 * @param withSkeletons also skeletonize every object (the slow part)
	 * @param executor runs objects in parallel
	 * @param progress stage "skeletons", one unit per object; may cancel
	 */
	public static SegmentedObjects of(RandomAccessibleInterval<? extends IntegerType<?>> labels, VoxelSize voxelSize,
		boolean withSkeletons, ExecutorService executor, ProgressListener progress)
	{
		List<ObjectStatistics> stats = ObjectStatistics.of(labels);
		if (!withSkeletons)
			return new SegmentedObjects(stats, null, voxelSize);
		double nm = Math.min(voxelSize.x(), Math.min(voxelSize.y(), voxelSize.z()));
		TeasarSettings teasar = TeasarSettings.defaults(nm);
		StageCounter counter = new StageCounter(progress, "skeletons", stats.size());
		List<Callable<Skeleton>> tasks = new ArrayList<>();
		for (ObjectStatistics o : stats)
			tasks.add(() -> {
				progress.checkCanceled();
				Skeleton s = Skeletons.of(labels, o, voxelSize, teasar);
				counter.step();
				return s;
			});
		return new SegmentedObjects(stats, BlockwiseWatershed.runAll(tasks, executor), voxelSize);
	}

	/** The object table of {@link SkeletonFiles#objectTable} (skeleton length 0 without skeletons). */
	public CsvTable table() {
		return SkeletonFiles.objectTable(statistics, skeletons, voxelSize);
	}

	/** Writes {@link #table()} as CSV (atomically). */
	public void writeTable(Path file) throws IOException {
		CsvTables.write(table(), file);
	}

	/**
	 * Writes all skeletons to one SWC file, nm.
	 *
	 * @throws IllegalStateException when no skeletons were computed
	 */
	public void writeSwc(Path file) throws IOException {
		if (skeletons == null)
			throw new IllegalStateException("no skeletons computed");
		SkeletonFiles.writeSwc(skeletons, file);
	}
}
