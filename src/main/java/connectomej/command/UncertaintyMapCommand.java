package connectomej.command;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.ij1.ImageJProgress;
import connectomej.ij1.ImagePlusBridge;
import connectomej.ij1.ResultsTables;
import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.nn.DefaultModels;
import connectomej.uncertainty.ObjectUncertainty;
import connectomej.uncertainty.UncertaintyDefaults;
import connectomej.uncertainty.UncertaintyFiles;
import connectomej.uncertainty.UncertaintySettings;
import ij.ImagePlus;
import ij.measure.ResultsTable;

/**
 * Uncertainty Map (training-free, Mi et al. 2019, arXiv 1910.04858), as {@code connectomej uncertainty} does: the
 * mean and variance of a 2D model's prediction under K perturbations as 32-bit images, and with {@code segments} the
 * mean variance per object as a ResultsTable. With {@code output_folder}, also {@value UncertaintyFiles#VARIANCE},
 * {@value UncertaintyFiles#MEAN} and {@value UncertaintyFiles#OBJECTS} there.
 */
@Plugin(type = Command.class, headless = true, label = "Uncertainty Map")
public class UncertaintyMapCommand implements Command {

	@Parameter(persist = false, label = "raw", description = "EM volume: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr")
	String raw;

	@Parameter(persist = false, label = "model", required = false, description = "2D one-output model .zip (blank: the shipped membrane model)")
	File model;

	@Parameter(persist = false, label = "method", choices = { "transformation", "noise", "dropout", "mc-dropout" })
	String method = "transformation";

	@Parameter(persist = false, label = "samples", description = "K samples, >= 2 (at most 8 for transformation)")
	int samples = UncertaintySettings.DEFAULT_SAMPLES;

	@Parameter(persist = false, label = "layer", description = "perturbed layer index for noise and dropout, -1 = the last hidden layer")
	int layer = -1;

	@Parameter(persist = false, label = "sigma", description = "noise standard deviation, activation units (noise)")
	double sigma = UncertaintyDefaults.SIGMA;

	@Parameter(persist = false, label = "rate", description = "dropout rate in (0, 1) (dropout)")
	double rate = UncertaintyDefaults.RATE;

	@Parameter(persist = false, label = "seed", description = "seed of noise and dropout")
	long seed = 1;

	@Parameter(persist = false, label = "segments", required = false, description = "segment labels, same size: per-object table (optional)")
	String segments;

	@Parameter(persist = false, label = "output_folder", required = false, style = "directory", description = "folder for the maps and the table (optional)")
	File output_folder;

	@Parameter(type = ItemIO.OUTPUT)
	ImagePlus mean;

	@Parameter(type = ItemIO.OUTPUT)
	ImagePlus variance;

	@Parameter(type = ItemIO.OUTPUT)
	ResultsTable objects;

	@Override
	public void run() {
		try {
			requireWritable(OptionalInputs.outputFolder(output_folder));
			Path network = OptionalInputs.modelOrDefault(model, DefaultModels.MEMBRANE);
			UncertaintyFiles.Maps maps = UncertaintyFiles.estimate(raw, network, request(), OptionalInputs.text(segments),
					UncertaintyFiles.TILE, UncertaintyFiles.THREADS, new ImageJProgress());
			write(maps, OptionalInputs.folder(output_folder));
			mean = ImagePlusBridge.toImagePlus(maps.mean(), "uncertainty mean");
			variance = ImagePlusBridge.toImagePlus(maps.variance(), "uncertainty variance");
			if (maps.objects() != null)
				objects = ResultsTables.of(ObjectUncertainty.table(maps.objects()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Only what the method uses: the CLI refuses sigma, rate or layer given for another method. */
	private UncertaintyFiles.Request request() {
		boolean perturbsLayer = method.equals("noise") || method.equals("dropout");
		return new UncertaintyFiles.Request(method, perturbsLayer && layer >= 0 ? layer : null,
				method.equals("noise") ? sigma : null, method.equals("dropout") ? rate : null, samples, seed);
	}

	/** Refuses, before the work, maps in {@code folder} (null = none) that would replace an input. */
	private void requireWritable(Path folder) {
		if (folder != null)
			for (String name : new String[] { UncertaintyFiles.VARIANCE, UncertaintyFiles.MEAN })
				VolumeFiles.requireWritable(folder.resolve(name).toString(), raw, OptionalInputs.text(segments));
	}

	private static void write(UncertaintyFiles.Maps maps, Path folder) throws IOException {
		if (folder == null)
			return;
		VolumeFiles.write(maps.variance(), folder.resolve(UncertaintyFiles.VARIANCE).toString());
		VolumeFiles.write(maps.mean(), folder.resolve(UncertaintyFiles.MEAN).toString());
		if (maps.objects() != null)
			CsvTables.write(ObjectUncertainty.table(maps.objects()), folder.resolve(UncertaintyFiles.OBJECTS));
	}
}
