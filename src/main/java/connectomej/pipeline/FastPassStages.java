package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.CsvTables;
import connectomej.io.SectionSource;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.volume.VoxelSize;

import net.imglib2.type.numeric.integer.UnsignedByteType;

/** The stages of one run in order, each skipping what an earlier run with the same settings finished. */
final class FastPassStages {

	private final PipelineSettings settings;
	private final OutputFolder folder;
	private final N5Store store;
	private final ExecutorService executor;
	private final ProgressListener listener;
	private final PipelineModel model;

	FastPassStages(PipelineSettings settings, OutputFolder folder, N5Store store, ExecutorService executor,
			ProgressListener listener, PipelineModel model) {
		this.settings = settings;
		this.folder = folder;
		this.store = store;
		this.executor = executor;
		this.listener = listener;
		this.model = model;
	}

	void run(SectionSource raw) throws IOException {
		LocalBlockRunner runner = new LocalBlockRunner(executor);
		model.add(SectionImport.run("raw", raw, store, PipelineDatasets.RAW, new UnsignedByteType(), EightBitRaw.ROUNDED, executor, listener));
		model.add(membranes());
		model.add(runner.run(store, new SupervoxelTask(settings.supervoxels()), listener));
		long supervoxels = mapping("stitching", "supervoxels", () -> settings.supervoxels().stitch(store, executor));
		model.add(runner.run(store, new RelabelTask("supervoxel ids", PipelineDatasets.BLOCK_SUPERVOXELS, PipelineDatasets.SUPERVOXELS,
				folder.mapping("supervoxels")), listener));
		long segments = mapping("agglomeration", "segments", () -> settings.segments().segments(store, executor, listener));
		model.add(runner.run(store, new RelabelTask("segments", PipelineDatasets.SUPERVOXELS, PipelineDatasets.SEGMENTS,
				folder.mapping("segments")), listener));
		model.setCounts(supervoxels, segments);
		objectsAndSkeletons(model.voxelSize());
		if (settings.bigDataViewer())
			model.add(timed(BigDataViewerStage.STAGE, () -> BigDataViewerStage.export(store, folder, model.voxelSize(), executor)));
	}

	private StageReport membranes() throws IOException {
		if (settings.membranes() instanceof ProbabilityMapMembranes map)
			return map.importInto(store, executor, listener);
		MembraneTask task = new MembraneTask(settings.membranes());
		if (!settings.membranes().parallelInsideBlocks())
			return new LocalBlockRunner(executor).run(store, task, listener);
		ExecutorService oneAtATime = Executors.newSingleThreadExecutor();
		try {
			return new LocalBlockRunner(oneAtATime).run(store, task, listener);
		} finally {
			oneAtATime.shutdown();
		}
	}

	/** Computes a label mapping unless its file exists; returns its number of target ids. */
	private long mapping(String stage, String name, MappingStep step) throws IOException {
		Path file = folder.mapping(name);
		boolean done = Files.isRegularFile(file);
		long start = System.nanoTime();
		listener.progress(stage, 0, 1);
		if (!done)
			step.compute().write(file);
		listener.progress(stage, 1, 1);
		listener.checkCanceled();
		model.add(new StageReport(stage, 1, done ? 0 : 1, done ? 1 : 0, (System.nanoTime() - start) / 1e9));
		return LabelMapping.read(file).maxTarget();
	}

	private void objectsAndSkeletons(VoxelSize voxelSize) throws IOException {
		long start = System.nanoTime();
		Files.createDirectories(folder.skeletons());
		Map<Long, Double> lengths = settings.skeletons().skeletons(store, voxelSize, folder.skeletons(), executor, listener);
		model.add(new StageReport("skeletons", 1, 1, 0, (System.nanoTime() - start) / 1e9));
		model.add(timed("objects", () -> CsvTables.write(
				ObjectTable.table(ObjectTable.measure(store, PipelineDatasets.SEGMENTS, executor), voxelSize, lengths),
				folder.objects())));
	}

	private StageReport timed(String stage, IoStep step) throws IOException {
		long start = System.nanoTime();
		listener.progress(stage, 0, 1);
		step.run();
		listener.progress(stage, 1, 1);
		return new StageReport(stage, 1, 1, 0, (System.nanoTime() - start) / 1e9);
	}

	private interface MappingStep {
		LabelMapping compute() throws IOException;
	}

	private interface IoStep {
		void run() throws IOException;
	}
}
