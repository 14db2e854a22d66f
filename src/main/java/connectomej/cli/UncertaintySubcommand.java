package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.uncertainty.ObjectUncertainty;
import connectomej.uncertainty.UncertaintyDefaults;
import connectomej.uncertainty.UncertaintyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code connectomej uncertainty}: mean and variance maps of a model's prediction under K perturbations, without
 * retraining (Mi et al. 2019, arXiv 1910.04858), and optionally the mean variance per segment. Every option and
 * input is checked before anything is computed or written.
 */
@Command(name = "uncertainty", description = "Uncertainty (variance) map of a 2D model's prediction, training-free.")
final class UncertaintySubcommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "INPUT", description = "raw EM volume (file.tif, folder, file.h5:/dataset)")
	String input;

	@Option(names = "--model", required = true, paramLabel = "FILE", description = "model .zip")
	Path model;

	@Option(names = "--method", defaultValue = "transformation",
		description = "transformation, noise, dropout or mc-dropout (default ${DEFAULT-VALUE})")
	String method;

	@Option(names = "--layer", description = "perturbed layer index (noise, dropout; default: the last hidden layer)")
	Integer layer;

	@Option(names = "--sigma", description = "noise standard deviation, activation units (default " + UncertaintyDefaults.SIGMA + ")")
	Double sigma;

	@Option(names = "--rate", description = "dropout rate in (0, 1) (default " + UncertaintyDefaults.RATE + ")")
	Double rate;

	@Option(names = "--samples", defaultValue = "8", paramLabel = "K", description = "samples, >= 2 (default ${DEFAULT-VALUE})")
	int samples;

	@Option(names = "--seed", defaultValue = "1", description = "seed of noise and dropout (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = { "-o", "--variance" }, required = true, paramLabel = "LOCATION", description = "variance map to write")
	String varianceOut;

	@Option(names = "--mean", paramLabel = "LOCATION", description = "mean probability map to write")
	String meanOut;

	@Option(names = "--segments", paramLabel = "LOCATION", description = "segment labels: write their mean variance as CSV")
	String segments;

	@Option(names = "--objects", paramLabel = "FILE", description = "per-object CSV (default: next to the variance map)")
	Path objects;

	@Option(names = "--tile", defaultValue = "256", description = "tile size, voxels (default ${DEFAULT-VALUE})")
	int tile;

	@Option(names = "--threads", defaultValue = "2", description = "tiles predicted at once (default ${DEFAULT-VALUE})")
	int threads;

	@Override
	public Integer call() throws Exception {
		VolumeFiles.requireWritable(varianceOut, input, segments);
		if (meanOut != null)
			VolumeFiles.requireWritable(meanOut, input, segments);
		var request = new UncertaintyFiles.Request(method, layer, sigma, rate, samples, seed);
		UncertaintyFiles.Maps maps = UncertaintyFiles.estimate(input, model, request, segments, tile, threads,
				TerminalProgress.onStderr());
		if (meanOut != null)
			VolumeFiles.write(maps.variance(), varianceOut, maps.mean(), meanOut);
		else
			VolumeFiles.write(maps.variance(), varianceOut);
		if (maps.objects() != null)
			CsvTables.write(ObjectUncertainty.table(maps.objects()), objectsFile());
		return 0;
	}

	private Path objectsFile() {
		if (objects != null)
			return objects;
		Path variance = VolumeLocation.parse(varianceOut).file();
		String name = variance.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		return variance.resolveSibling(name + "-objects.csv");
	}
}
