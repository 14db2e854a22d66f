package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import connectomej.io.BadInputException;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.VolumeLocation;
import connectomej.io.n5.N5Images;
import connectomej.merge.LabelGrid;
import connectomej.merge.MergeCandidate;
import connectomej.merge.MergeCandidates;
import connectomej.merge.MergeDetection;
import connectomej.merge.MergeNet;
import connectomej.merge.MergeNetModels;
import connectomej.merge.SkeletonCentres;
import connectomej.merge.WindowShape;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * MergeNet as a slow-pass step of a run (Rolnick, Meirovitch et al. 2017, arXiv 1705.10882): every segment of at
 * least {@code minVoxels} voxels is scored by windows centred on its TEASAR skeleton points (the fast pass's
 * {@code skeletons/<id>.swc}, {@link SkeletonCentres}); the maximum window score ranks the segments in
 * {@value #TABLE}, highest first, for proofreading.
 * <p>
 * Limit: the segments are held in memory as one label grid, so the volume may have at most
 * {@link WholeVolumeLimit#MAX_VOXELS} voxels; larger ones are refused before the run starts.
 */
public final class MergeNetStep implements SlowPassStep {

	/** The ranked candidates table. */
	public static final String TABLE = "merge_candidates.csv";

	/** Segments smaller than this many voxels are not scored unless the user says otherwise. */
	public static final long DEFAULT_MIN_VOXELS = 1000;
	static final List<String> FILES = List.of(TABLE);

	private final Path modelFile;
	private final long minVoxels;
	private final WindowShape shape;

	/**
	 * @param modelFile a 3D MergeNet model (task {@value MergeNet#TASK})
	 * @param minVoxels smaller segments are not scored
	 * @throws BadInputException when the model is for another task or not 3D, or minVoxels < 1
	 */
	public MergeNetStep(Path modelFile, long minVoxels) {
		ModelInfo info = ModelFiles.readInfo(modelFile);
		if (!MergeNet.TASK.equals(info.task()))
			throw new BadInputException(modelFile, "model is for task '" + info.task() + "', expected '" + MergeNet.TASK + "'");
		if (minVoxels < 1)
			throw new BadInputException(null, "--mergenet-min-voxels must be >= 1, got " + minVoxels);
		this.shape = MergeNetModels.window(info, null, modelFile);
		this.modelFile = modelFile;
		this.minVoxels = minVoxels;
	}

	@Override
	public String name() {
		return "mergenet";
	}

	@Override
	public String description() {
		return "model " + modelFile + ", window " + shape.extent()[0] + "x" + shape.extent()[1] + "x" + shape.extent()[2]
				+ " on skeleton points, objects >= " + minVoxels + " voxels";
	}

	@Override
	public List<String> outputFiles() {
		return FILES;
	}

	@Override
	public List<String> datasets() {
		return List.of();
	}

	@Override
	public void checkInput(long[] dimensions, PipelineSettings fastPass) {
		WholeVolumeLimit.check(dimensions, "the MergeNet step", VolumeLocation.parse(fastPass.input()).file());
		if (fastPass.skeletons() == SkeletonStage.NONE)
			throw new BadInputException(null, "--mergenet centres its windows on the skeletons: drop --no-skeletons");
	}

	@Override
	public void run(SlowPassContext context) throws IOException {
		long start = System.nanoTime();
		var store = context.store();
		var interval = store.datasetAttributes(PipelineDatasets.SEGMENTS).interval();
		LabelGrid grid = LabelGrid.of(N5Images.readInterval(store, PipelineDatasets.SEGMENTS, interval, new UnsignedLongType()),
				context.model().voxelSize());
		MergeDetection.Settings settings = new MergeDetection.Settings(shape, minVoxels, 64);
		var network = ModelFiles.load(modelFile, MergeNet.TASK, 1).network();
		List<MergeCandidate> candidates = MergeDetection.detect(network, grid, settings, new SkeletonCentres(context.folder().skeletons()),
				context.listener());
		CsvTables.write(MergeCandidates.table(candidates, grid.voxelSize()), context.folder().root().resolve(TABLE));
		context.model().add(new StageReport(name(), 1, 1, 0, (System.nanoTime() - start) / 1e9));
	}

	@Override
	public String summary(OutputFolder folder) throws IOException {
		CsvTable table = CsvTables.read(folder.root().resolve(TABLE));
		if (table.rows().isEmpty())
			return "merge candidates: no segment of >= " + minVoxels + " voxels to score (" + TABLE + ")";
		List<Object> top = table.rows().get(0);
		return String.format(Locale.ROOT, "merge candidates: %d segments scored; top: segment %s, score %s (%s)",
				table.rows().size(), top.get(1), top.get(2), TABLE);
	}
}
