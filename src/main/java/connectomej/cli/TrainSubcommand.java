package connectomej.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import connectomej.io.BadInputException;
import connectomej.io.VolumeFiles;
import connectomej.nn.MembraneModels;
import connectomej.nn.MembranePredictor;
import connectomej.nn.MembraneTrainingRun;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import connectomej.nn.TrainingData;
import connectomej.nn.TrainingSections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code connectomej train}: trains a membrane network on a raw and a label volume and writes a model file whose
 * description holds this exact command line.
 */
@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
	description = "Train a per-pixel network (membranes, clefts or vesicles) on raw + label volumes; writes a model .zip.")
final class TrainSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "RAW", description = "8-bit EM volume (file.tif, PNG or TIFF folder, file.h5:/dataset)")
	String raw;

	@Parameters(index = "1", paramLabel = "LABELS", description = "labels of the same shape")
	String labels;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "MODEL.zip", description = "model file to write")
	Path output;

	@Option(names = "--task", defaultValue = "membrane", description = "what to predict: membrane, cleft or vesicle "
			+ "(the labels' positives: membranes, cleft voxels or vesicle voxels; default ${DEFAULT-VALUE})")
	String task;

	@Option(names = "--model", defaultValue = "shallow", description = "network family: shallow or unet (default ${DEFAULT-VALUE})")
	String model;

	@Option(names = "--membrane-value", paramLabel = "V", description = "label value meaning membrane (ISBI 2012: 0); default: every non-zero label")
	Long membraneValue;

	@Option(names = "--sections", paramLabel = "A-B", description = "z sections to use, e.g. 0-19 (default: all)")
	String sections;

	@Option(names = "--validation-sections", paramLabel = "N|A-B", description = "validation sections: a count taken off the end of --sections, or a range (default: the last tenth)")
	String validationSections;

	@Option(names = "--width", description = "feature maps per layer (shallow, default 32) or at full resolution (unet, default 16)")
	Integer width;

	@Option(names = "--depth", description = "convolution layers (shallow, default 4) or resolution levels (unet, default 4)")
	Integer depth;

	@Option(names = "--patch-size", description = "training patch side, voxels (default: 64 shallow, 128 unet)")
	Integer patchSize;

	@Option(names = "--batch-size", defaultValue = "16", description = "patches per step (default ${DEFAULT-VALUE})")
	int batchSize;

	@Option(names = "--learning-rate", defaultValue = "0.001", description = "Adam learning rate (default ${DEFAULT-VALUE})")
	double learningRate;

	@Option(names = "--epochs", defaultValue = "30", description = "maximum epochs (default ${DEFAULT-VALUE})")
	int epochs;

	@Option(names = "--steps-per-epoch", defaultValue = "100", description = "batches per epoch (default ${DEFAULT-VALUE})")
	int stepsPerEpoch;

	@Option(names = "--patience", defaultValue = "5", description = "stop after this many epochs without a better validation F1 (default ${DEFAULT-VALUE})")
	int patience;

	@Option(names = "--augment-intensity", defaultValue = "0.1", description = "contrast / brightness / noise amount, 0 = off (default ${DEFAULT-VALUE})")
	double intensity;

	@Option(names = "--time-limit", paramLabel = "MINUTES", description = "start no epoch that would end after this many minutes")
	Double timeLimitMinutes;

	@Option(names = "--seed", defaultValue = "1", description = "seed of initialisation, sampling and augmentation (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--checkpoints", paramLabel = "DIR", description = "folder for checkpoints (default: a temporary folder, removed at the end)")
	Path checkpoints;

	@Option(names = "--resume", description = "continue the run in --checkpoints")
	boolean resume;

	@Option(names = "--context-sections", defaultValue = "1", paramLabel = "C", description = "input sections, odd: 1 = the "
			+ "section alone (2D), 3 = with its neighbours above and below (2.5D) (default ${DEFAULT-VALUE})")
	int contextSections;

	@Option(names = "--learning-rate-decay", defaultValue = "1", paramLabel = "F", description = "factor applied to the "
			+ "learning rate after each epoch, 1 = constant (default ${DEFAULT-VALUE})")
	double learningRateDecay;

	@Option(names = "--weight-average", defaultValue = "0", paramLabel = "D", description = "validate and keep a moving "
			+ "average of the weights, mixing in the new ones with 1 - D per step (e.g. 0.999, about the last 1000 steps); "
			+ "0 = off (default ${DEFAULT-VALUE})")
	double weightAverage;

	@Option(names = "--downsample", defaultValue = "1", paramLabel = "F", description = "the network sees each section "
			+ "averaged over F x F voxel blocks (F times the context at 1 / F^2 of the cost) and its output is interpolated "
			+ "back; 2D only; 1 = full resolution (default ${DEFAULT-VALUE})")
	int downsample;

	@Option(names = "--threads", description = "threads for validation (default: available processors)")
	Integer threads;

	@Override
	public Integer call() throws Exception {
		MembraneModels family = family();
		VolumeFiles.requireNotAnInput(output, raw, labels);
		Duration limit = timeLimitMinutes == null ? null : Duration.ofMillis((long) (timeLimitMinutes * 60_000));
		MembraneTrainingRun.Options options = new MembraneTrainingRun.Options(family, width, depth, patchSize, batchSize,
				learningRate, epochs, stepsPerEpoch, patience, intensity, limit, seed, checkpoints, resume,
				threads != null ? threads : Runtime.getRuntime().availableProcessors(), contextSections, learningRateDecay, weightAverage,
				downsample);
		options.check();
		TrainingSections data = readData();
		ModelInfo.Training training = new ModelInfo.Training("raw " + raw + ", labels " + labels + ", sections " + describeSections(),
				commandLine());
		StoredModel best = MembraneTrainingRun.train(data, training, task, options, output, new TrainingLog(System.err));
		System.out.println("wrote " + output + "  (validation " + best.info().validationMetrics() + ")");
		return 0;
	}

	private MembraneModels family() {
		if (!java.util.List.of(MembranePredictor.TASK, connectomej.synapse.SynapseMaps.CLEFT, connectomej.synapse.SynapseMaps.VESICLE).contains(task))
			throw new BadInputException(null, "--task " + task + " is unknown (membrane, cleft or vesicle)");
		return MembraneTrainingRun.family(model);
	}

	private TrainingSections readData() throws IOException {
		TrainingData d = TrainingData.read(raw, labels);
		TrainingSections.Range[] split = SectionRanges.split(SectionRanges.parse(sections, "--sections", d.allSections()),
				validationSections);
		return d.select(split[0], split[1], membraneValue);
	}

	private String describeSections() {
		return (sections == null ? "all" : sections) + ", validation " + (validationSections == null ? "last tenth" : validationSections)
				+ (membraneValue == null ? "" : ", membrane = label " + membraneValue);
	}

	/** This command line as typed, for the model's description. */
	private String commandLine() {
		return Stream.concat(Stream.of("connectomej"), spec.commandLine().getParseResult().originalArgs().stream())
				.map(TrainSubcommand::quoted).collect(Collectors.joining(" "));
	}

	private static String quoted(String arg) {
		return arg.matches("[A-Za-z0-9_./:=,+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
	}
}
