package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import connectomej.io.BadInputException;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5Images;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import connectomej.uncertainty.ObjectUncertainty;
import connectomej.uncertainty.UncertaintyDefaults;
import connectomej.uncertainty.UncertaintyMethod;
import connectomej.uncertainty.UncertaintySettings;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The training-free variance map of the run's membrane model (Mi et al. 2019, arXiv 1910.04858) as a step of a run:
 * dataset {@value #VARIANCE} (float32, block by block, any volume size) and {@value #TABLE}, the mean variance within
 * each fast-pass segment, most uncertain first, for proofreading. Defaults as in {@link UncertaintyDefaults}: the last
 * hidden layer, noise sigma {@value UncertaintyDefaults#SIGMA}, dropout rate {@value UncertaintyDefaults#RATE}.
 */
public final class UncertaintyStep implements SlowPassStep {

	/** Dataset of the per-voxel variance of the membrane probability. */
	public static final String VARIANCE = "variance";
	/** The per-segment table. */
	public static final String TABLE = "object_uncertainty.csv";
	static final List<String> FILES = List.of(TABLE);
	static final List<String> DATASETS = List.of(VARIANCE);

	private final Path modelFile;
	private final UncertaintySettings settings;
	private final int threads;

	/**
	 * @param modelFile the run's membrane model (2D, one output; one input section or several, 2.5D)
	 * @param method {@code noise}, {@code dropout} or {@code transformation} (training-free) or {@code mc-dropout}
	 * @param samples K >= 2 (at most 8 for transformation)
	 * @param seed seed of noise and dropout
	 * @param threads tiles predicted at once
	 * @throws BadInputException on an unknown method, K out of range, or a model that is not 2D with one output
	 */
	public UncertaintyStep(Path modelFile, String method, int samples, long seed, int threads) {
		StoredModel model = ModelFiles.load(modelFile, null, 0);
		ModelInfo info = model.info();
		if (info.dimensions() != 2 || info.outputChannelCount() != 1)
			throw new BadInputException(modelFile, "uncertainty maps need a 2D model with one output channel");
		try {
			UncertaintyMethod m = UncertaintyMethod.of(method);
			int layer = UncertaintyDefaults.layer(model.network());
			this.settings = switch (m) {
				case TRANSFORMATION -> UncertaintySettings.transformation(samples);
				case NOISE -> UncertaintySettings.noise(layer, UncertaintyDefaults.SIGMA, samples, seed);
				case DROPOUT -> UncertaintySettings.dropout(layer, UncertaintyDefaults.RATE, samples, seed);
				case MC_DROPOUT -> UncertaintySettings.monteCarloDropout(samples, seed);
			};
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, "--uncertainty: " + e.getMessage());
		}
		this.modelFile = modelFile;
		this.threads = threads;
	}

	@Override
	public String name() {
		return "uncertainty";
	}

	@Override
	public String description() {
		return settings + ", seed " + settings.seed() + ", model " + modelFile;
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
	public void checkInput(long[] dimensions, PipelineSettings fastPass) {}

	@Override
	public void run(SlowPassContext context) throws IOException {
		context.createDataset(VARIANCE, N5DataType.FLOAT32);
		context.runBlocks(new VarianceTask(modelFile, settings, threads), true);
		context.runWhole("object uncertainty", () -> {
			var segments = N5Images.open(context.store(), PipelineDatasets.SEGMENTS, new UnsignedLongType());
			var variance = N5Images.open(context.store(), VARIANCE, new FloatType());
			CsvTables.write(ObjectUncertainty.table(ObjectUncertainty.of(segments, variance)), context.folder().root().resolve(TABLE));
		});
	}

	@Override
	public String summary(OutputFolder folder) throws IOException {
		CsvTable table = CsvTables.read(folder.root().resolve(TABLE));
		if (table.rows().isEmpty())
			return "uncertainty: no segment (" + TABLE + ", dataset " + VARIANCE + ")";
		List<Object> top = table.rows().get(0);
		return String.format(Locale.ROOT, "uncertainty (%s): %d segments; most uncertain: segment %s, mean variance %.3g (%s, dataset %s)",
				settings.method().label(), table.rows().size(), top.get(0), Double.parseDouble(top.get(2).toString()), TABLE, VARIANCE);
	}
}
