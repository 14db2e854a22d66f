package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import connectomej.io.VolumeFiles;
import connectomej.track.TrackFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej track}: follows the objects of a first section through the stack with cross-classification
 * clustering (Meirovitch, Mi et al. 2018), or one object at a time with the same network. Everything is computed
 * before the output is written (atomically).
 */
@Command(name = "track", description = "Track all objects of the first section through the stack (3C).")
final class TrackSubcommand implements Callable<Integer> {

	@Option(names = "--raw", required = true, paramLabel = "LOCATION", description = "EM volume (file.tif, folder, file.h5:/raw)")
	String raw;

	@Option(names = "--seeds", required = true, paramLabel = "LOCATION", description = "labels whose first section holds the seed objects (0 = none)")
	String seeds;

	@Option(names = "--model", required = true, paramLabel = "ZIP", description = "3C colour network (task track-3c)")
	Path model;

	@Option(names = "--digits", defaultValue = "0", description = "code digits, 0 = ceil(log_k N) per section (default ${DEFAULT-VALUE})")
	int digits;

	@Option(names = "--redundant", defaultValue = "1", description = "redundant code digits (default ${DEFAULT-VALUE})")
	int redundant;

	@Option(names = "--min-size", defaultValue = "20", description = "voxels for an unclaimed region to become a new object (default ${DEFAULT-VALUE})")
	int minSize;

	@Option(names = "--one-at-a-time", description = "single-object mode: one network pass per object (the slow baseline)")
	boolean oneAtATime;

	@Option(names = "--seed", defaultValue = "1", description = "seed of the code words (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "LOCATION", description = "tracked labels (file.h5:/labels, file.tif)")
	String output;

	@Override
	public Integer call() throws Exception {
		var settings = new TrackFiles.Settings(digits, redundant, minSize, oneAtATime, seed);
		VolumeFiles.write(TrackFiles.track(raw, seeds, model, settings, TerminalProgress.onStderr()), output);
		System.out.println("written: " + output);
		return 0;
	}
}
