package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import connectomej.io.BadInputException;
import connectomej.io.CsvTables;
import connectomej.io.VolumeLocation;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5Images;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import connectomej.synapse.ConnectomeFiles;
import connectomej.synapse.Connectome;
import connectomej.synapse.DetectedSynapse;
import connectomej.synapse.StreamedCleftMap;
import connectomej.synapse.SynapseFiles;
import connectomej.synapse.SynapseInputs;
import connectomej.synapse.SynapseMaps;
import connectomej.synapse.SynapseResult;
import connectomej.synapse.SynapseRules;
import connectomej.synapse.VesicleReach;
import connectomej.volume.Volume;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Compositional synapse detection as a step of a run (Santurkar et al. 2017, arXiv 1702.07386): cleft and vesicle
 * maps, predicted block by block by the light nets (or given), then {@link SynapseRules} on the fast pass's
 * segments. In the streaming order of the paper: the cleft net runs everywhere, the vesicle net only within reach of
 * the cleft candidates that pass the size and shape rules ({@link VesicleReach}; the vesicle map is 0 elsewhere),
 * which gives the same synapses as a whole vesicle map. A cleft ensemble of coarse and full-resolution nets is
 * streamed too ({@link StreamedCleftMap}), as one stage over the whole volume. Writes datasets {@value #CLEFTS},
 * {@value #VESICLES} (float32) and {@value #LABELS} (uint32, synapse id per accepted cleft voxel), and
 * {@code synapses.csv}, {@code connectome.csv}, {@code connectome.graphml}.
 * <p>
 * Limit: the rules run on the whole volume at once (clefts crossing block faces need no merging then), so the volume
 * may have at most {@link WholeVolumeLimit#MAX_VOXELS} voxels; larger ones are refused before the run starts.
 */
public final class SynapseStep implements SlowPassStep {

	/** Dataset of the cleft probability map. */
	public static final String CLEFTS = "clefts";
	/** Dataset of the vesicle probability map. */
	public static final String VESICLES = "vesicles";
	/** Dataset of the synapse labels: the synapse id of every accepted cleft voxel, 0 elsewhere. */
	public static final String LABELS = "synapse-labels";
	static final List<String> FILES = List.of(SynapseResult.TABLE, SynapseResult.EDGES, SynapseResult.GRAPHML);
	static final List<String> DATASETS = List.of(CLEFTS, VESICLES, LABELS);
	/** Attribute of {@value #CLEFTS} set once a streamed ensemble's map is written whole. */
	private static final String STREAMED_COMPLETE = "streamed_complete";

	private final String cleftSource, vesicleSource;
	private final boolean models;
	private final SynapseRules.Settings rules;
	private final int threads;
	private RandomAccessibleInterval<FloatType> cleftMap, vesicleMap;

	private SynapseStep(String cleftSource, String vesicleSource, boolean models, SynapseRules.Settings rules, int threads) {
		this.cleftSource = cleftSource;
		this.vesicleSource = vesicleSource;
		this.models = models;
		this.rules = rules;
		this.threads = threads;
	}

	/**
	 * Maps predicted by a cleft and a vesicle net.
	 *
	 * @param threads tiles predicted at once
	 * @throws BadInputException when a model is not a 2D one-output net of its task ({@code cleft}, {@code vesicle})
	 */
	public static SynapseStep withModels(Path cleftModel, Path vesicleModel, SynapseRules.Settings rules, int threads) {
		return withModels(List.of(cleftModel), vesicleModel, rules, threads);
	}

	/**
	 * As {@link #withModels(Path, Path, SynapseRules.Settings, int)} with an ensemble of cleft nets, whose mean map is
	 * the cleft map.
	 *
	 * @param cleftModels one or more cleft nets
	 */
	public static SynapseStep withModels(List<Path> cleftModels, Path vesicleModel, SynapseRules.Settings rules, int threads) {
		if (cleftModels.isEmpty())
			throw new BadInputException(null, "no cleft model given");
		cleftModels.forEach(m -> requireTask(m, SynapseMaps.CLEFT));
		requireTask(vesicleModel, SynapseMaps.VESICLE);
		return new SynapseStep(String.join(",", cleftModels.stream().map(Path::toString).toList()), vesicleModel.toString(),
				true, rules, threads);
	}

	/** Maps computed elsewhere: {@code VolumeFiles} locations of [0, 1] floats or 8-bit maps of the raw volume's shape. */
	public static SynapseStep withMaps(String clefts, String vesicles, SynapseRules.Settings rules) {
		return new SynapseStep(clefts, vesicles, false, rules, 1);
	}

	private static void requireTask(Path model, String task) {
		ModelInfo info = ModelFiles.readInfo(model);
		if (!task.equals(info.task()))
			throw new BadInputException(model, "model is for task '" + info.task() + "', expected '" + task + "'");
		if (info.dimensions() != 2 || info.outputChannelCount() != 1)
			throw new BadInputException(model, "a " + task + " map needs a 2D model with one output channel");
	}

	@Override
	public String name() {
		return "synapses";
	}

	@Override
	public String description() {
		return String.format(Locale.ROOT, "%s %s, %s %s; rules: cleft threshold %s, cleft voxels %d..%d, elongation >= %s, "
				+ "rays %s nm, vesicle density >= %s, ratio >= %s", models ? "cleft model" : "cleft map", cleftSource,
				models ? "vesicle model" : "vesicle map", vesicleSource, rules.cleftThreshold(), rules.minCleftVoxels(),
				rules.maxCleftVoxels(), rules.minElongation(), rules.sideDistanceNm(), rules.minVesicleDensity(), rules.densityRatio());
	}

	@Override
	public List<String> outputFiles() {
		return FILES;
	}

	@Override
	public List<String> datasets() {
		return DATASETS;
	}

	@Override
	public void checkInput(long[] dimensions, PipelineSettings fastPass) throws IOException {
		WholeVolumeLimit.check(dimensions, "the synapse step", VolumeLocation.parse(fastPass.input()).file());
		if (models)
			return;
		cleftMap = givenMap(cleftSource, "the cleft map", dimensions);
		vesicleMap = givenMap(vesicleSource, "the vesicle map", dimensions);
	}

	private static RandomAccessibleInterval<FloatType> givenMap(String location, String what, long[] dimensions) throws IOException {
		Volume<FloatType> map = SynapseFiles.probabilityMap(location, what);
		SynapseInputs.requireSameShape(map.data(), VolumeLocation.parse(location).file(), what, ArrayImgs.bytes(dimensions), "the input");
		return map.data();
	}

	@Override
	public void run(SlowPassContext context) throws IOException {
		context.createDataset(CLEFTS, N5DataType.FLOAT32);
		context.createDataset(VESICLES, N5DataType.FLOAT32);
		if (models) {
			List<Path> cleft = Arrays.stream(cleftSource.split(",")).map(Path::of).toList();
			if (StreamedCleftMap.streams(cleft.stream().map(ModelFiles::readInfo).toList()))
				context.runWhole("clefts (streamed ensemble)", () -> streamedClefts(context, cleft));
			else
				context.runBlocks(new PixelModelTask(cleft, SynapseMaps.CLEFT, CLEFTS, threads), true);
			List<Interval> reach = vesicleReach(context);
			context.runBlocks(PixelModelTask.within(Path.of(vesicleSource), SynapseMaps.VESICLE, VESICLES, threads, reach), true);
		} else {
			context.runBlocks(new MapImportTask(CLEFTS, cleftMap), false);
			context.runBlocks(new MapImportTask(VESICLES, vesicleMap), false);
		}
		context.runWhole("synapse rules", () -> detect(context));
	}

	/**
	 * The mean map of a cleft ensemble of coarse and full-resolution nets, predicted as a whole in the streaming order of
	 * {@link StreamedCleftMap}: the full-resolution nets only around voxels where they can change a candidate, so the
	 * dataset holds their share only there. Skipped when an earlier, interrupted run of this step wrote it whole.
	 */
	private void streamedClefts(SlowPassContext context, List<Path> cleft) throws IOException {
		var store = context.store();
		if (Boolean.TRUE.equals(store.attributes(CLEFTS).get(STREAMED_COMPLETE)))
			return;
		var interval = store.datasetAttributes(PipelineDatasets.RAW).interval();
		var raw = new Volume<>(N5Images.readInterval(store, PipelineDatasets.RAW, interval, new UnsignedByteType()), context.model().voxelSize());
		List<StoredModel> loaded = cleft.stream().map(m -> ModelFiles.load(m, SynapseMaps.CLEFT, 0)).toList();
		var map = ArrayImgs.floats(interval.dimensionsAsLongArray());
		StreamedCleftMap.predict(loaded, raw, map, context.executor(), threads, rules);
		N5Images.writeInterval(store, CLEFTS, Views.translate(map, interval.minAsLongArray()));
		store.setAttributes(CLEFTS, java.util.Map.of(STREAMED_COMPLETE, true));
	}

	/** Boxes around the cleft candidates that the rules keep, grown by the ray length: all the vesicle map they read. */
	private List<Interval> vesicleReach(SlowPassContext context) throws IOException {
		var store = context.store();
		var interval = store.datasetAttributes(CLEFTS).interval();
		return VesicleReach.of(N5Images.readInterval(store, CLEFTS, interval, new FloatType()), context.model().voxelSize(), rules);
	}

	private void detect(SlowPassContext context) throws IOException {
		var store = context.store();
		var interval = store.datasetAttributes(PipelineDatasets.SEGMENTS).interval();
		var clefts = N5Images.readInterval(store, CLEFTS, interval, new FloatType());
		var vesicles = N5Images.readInterval(store, VESICLES, interval, new FloatType());
		var segments = N5Images.readInterval(store, PipelineDatasets.SEGMENTS, interval, new UnsignedLongType());
		var labels = ArrayImgs.unsignedInts(interval.dimensionsAsLongArray());
		List<DetectedSynapse> found = SynapseRules.detect(clefts, vesicles, segments, context.model().voxelSize(), rules, labels);
		context.createDataset(LABELS, N5DataType.UINT32);
		N5Images.writeInterval(store, LABELS, (RandomAccessibleInterval<UnsignedIntType>) labels);
		Path root = context.folder().root();
		Connectome connectome = Connectome.of(found);
		ConnectomeFiles.writeSynapses(found, context.model().voxelSize(), root.resolve(SynapseResult.TABLE));
		ConnectomeFiles.writeEdges(connectome, root.resolve(SynapseResult.EDGES));
		ConnectomeFiles.writeGraphMl(connectome, root.resolve(SynapseResult.GRAPHML));
	}

	@Override
	public String summary(OutputFolder folder) throws IOException {
		int synapses = CsvTables.read(folder.root().resolve(SynapseResult.TABLE)).rows().size();
		int edges = CsvTables.read(folder.root().resolve(SynapseResult.EDGES)).rows().size();
		return "synapses: " + synapses + " detected, " + edges + " connectome edges (" + SynapseResult.TABLE + ", "
				+ SynapseResult.EDGES + ", " + SynapseResult.GRAPHML + ", dataset " + LABELS + ")";
	}
}
