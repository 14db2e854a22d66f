package connectomej.command;

import java.io.File;
import java.io.IOException;
import java.time.Duration;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.io.BadInputException;
import connectomej.io.VolumeFiles;
import connectomej.nn.MembraneTrainingRun;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import connectomej.nn.TrainingData;
import connectomej.nn.TrainingSections;
import connectomej.progress.ProgressListener;

/**
 * Train Membrane Model, like {@code connectomej train}: a membrane network (shallow or U-Net) trained on a raw and a
 * label volume, its last sections held out for validation; the best model by validation F1 is written to
 * {@code model_file}.
 */
@Plugin(type = Command.class, headless = true, label = "Train Membrane Model")
public class TrainModelCommand extends LongRunning {

	private static final MembraneTrainingRun.Options DEFAULTS = MembraneTrainingRun.Options.defaults(null);

	@Parameter(persist = false, label = "raw", description = "8-bit EM volume: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr")
	String raw;

	@Parameter(persist = false, label = "labels", description = "labels of the same shape")
	String labels;

	@Parameter(persist = false, label = "model_file", description = "model .zip to write")
	File model_file;

	@Parameter(persist = false, label = "model", choices = { "shallow", "unet" }, description = "network family")
	String model = "shallow";

	@Parameter(persist = false, label = "membrane_value", required = false, description = "label value meaning membrane (ISBI 2012: 0); empty = every non-zero label")
	String membrane_value;

	@Parameter(persist = false, label = "validation_sections", description = "last sections held out for validation; 0 = the last tenth")
	int validation_sections;

	@Parameter(persist = false, label = "epochs", description = "maximum epochs")
	int epochs = DEFAULTS.epochs();

	@Parameter(persist = false, label = "steps_per_epoch", description = "batches per epoch")
	int steps_per_epoch = DEFAULTS.stepsPerEpoch();

	@Parameter(persist = false, label = "time_limit", description = "start no epoch that would end after this many minutes; 0 = no limit")
	double time_limit;

	@Parameter(persist = false, label = "batch_size", description = "patches per step")
	int batch_size = DEFAULTS.batchSize();

	@Parameter(persist = false, label = "learning_rate", description = "Adam learning rate")
	double learning_rate = DEFAULTS.learningRate();

	@Parameter(persist = false, label = "patience", description = "stop after this many epochs without a better validation F1")
	int patience = DEFAULTS.patience();

	@Parameter(persist = false, label = "augment_intensity", description = "contrast / brightness / noise augmentation; 0 = off")
	double augment_intensity = DEFAULTS.intensity();

	@Parameter(persist = false, label = "weight_average", description = "validate and keep a moving average of the weights, "
			+ "mixing in the new ones with 1 - this per step (e.g. 0.999); 0 = off")
	double weight_average;

	@Parameter(persist = false, label = "learning_rate_decay", description = "factor applied to the learning rate after each epoch; 1 = constant")
	double learning_rate_decay = DEFAULTS.learningRateDecay();

	@Parameter(persist = false, label = "context_sections", description = "input sections, odd: 1 = the section alone, 3 = with its neighbours (2.5D)")
	int context_sections = DEFAULTS.contextSections();

	@Parameter(persist = false, label = "downsample", description = "the network sees each section averaged over "
			+ "blocks of this many voxels squared, for more context at less cost; 2D only; 1 = full resolution")
	int downsample = DEFAULTS.downsample();

	@Parameter(persist = false, label = "patch_size", description = "training patch side, voxels; 0 = the family's default")
	int patch_size;

	@Parameter(persist = false, label = "seed", description = "seed of initialisation, sampling and augmentation")
	long seed = DEFAULTS.seed();

	@Parameter(type = ItemIO.OUTPUT)
	String summary;

	@Override
	protected void execute(ProgressListener progress) throws IOException {
		VolumeFiles.requireNotAnInput(model_file.toPath(), raw, labels);
		TrainingData data = TrainingData.read(raw, labels);
		TrainingSections.Range all = data.allSections();
		TrainingSections.Range[] split = TrainingData.holdOutLast(all,
				validation_sections > 0 ? validation_sections : TrainingData.defaultValidationCount(all));
		ModelInfo.Training training = new ModelInfo.Training("raw " + raw + ", labels " + labels + ", validation sections "
				+ split[1], macroCall());
		progress.progress("training", 0, epochs);
		progress.checkCanceled();
		StoredModel best = MembraneTrainingRun.train(data.select(split[0], split[1], membraneValue()), training, options(),
				model_file.toPath(), MembraneTrainingRun.reportingTo(progress));
		summary = "wrote " + model_file + "  (validation " + best.info().validationMetrics() + ")";
	}

	private MembraneTrainingRun.Options options() {
		Duration limit = time_limit > 0 ? Duration.ofMillis((long) (time_limit * 60_000)) : null;
		return new MembraneTrainingRun.Options(MembraneTrainingRun.family(model), null, null, patch_size > 0 ? patch_size : null,
				batch_size, learning_rate, epochs, steps_per_epoch, patience, augment_intensity, limit, seed, null,
				false, DEFAULTS.threads(), context_sections, learning_rate_decay, weight_average, downsample);
	}

	private Long membraneValue() {
		if (membrane_value == null || membrane_value.isBlank())
			return null;
		try {
			return Long.parseLong(membrane_value.trim());
		} catch (NumberFormatException e) {
			throw new BadInputException(null, "membrane_value '" + membrane_value + "' is not a whole number");
		}
	}

	/** How this training was asked for, as the macro call that repeats it, for the model's description. */
	private String macroCall() {
		return "run(\"Train Membrane Model\", \"raw=[" + raw + "] labels=[" + labels + "] model=" + model + " membrane_value="
				+ (membrane_value == null ? "" : membrane_value.trim()) + " validation_sections=" + validation_sections + " epochs="
				+ epochs + " steps_per_epoch=" + steps_per_epoch + " time_limit=" + time_limit + " batch_size=" + batch_size
				+ " learning_rate=" + learning_rate + " patch_size=" + patch_size + " seed=" + seed + "\")";
	}
}
