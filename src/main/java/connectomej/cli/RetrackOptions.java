package connectomej.cli;

import java.io.IOException;
import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.pipeline.ThreeCRetracking;
import connectomej.progress.ProgressListener;
import connectomej.track.ColourModel;
import picocli.CommandLine.Option;

/**
 * The 3C options of {@code connectomej run}: after the fast pass, re-track the segments with cross-classification
 * clustering (Meirovitch, Mi et al. 2018), in the whole volume or around objects flagged in a candidates table (e.g.
 * {@code connectomej mergenet detect}'s CSV, column {@code object_id}).
 */
final class RetrackOptions {

	@Option(names = "--retrack-3c", paramLabel = "ZIP", description = "after the fast pass, re-track the segments with this 3C colour network; "
			+ "writes dataset " + ThreeCRetracking.DATASET + " into volume.n5")
	Path model;

	@Option(names = "--retrack-objects", paramLabel = "CSV", description = "with --retrack-3c: re-track only the bounding box of the objects in this "
			+ "table's object_id column (default: the whole volume)")
	Path candidates;

	@Option(names = "--retrack-decoding", defaultValue = "TEM", paramLabel = "TEM|FIBSEM", description = "with --retrack-3c: how colours "
			+ "become objects: TEM (chosen on synthetic 40 nm sections) or FIBSEM (chosen on gala FIB-SEM: isotropic voxels) "
			+ "(default ${DEFAULT-VALUE})")
	ThreeCRetracking.Decoding decoding;

	@Option(names = "--retrack-snap", description = "with --retrack-3c: then each of the run's supervoxels takes the object most of its voxels "
			+ "were tracked to (this may change the box's first section too)")
	boolean snap;

	private ColourModel network;
	private long[] objects = new long[0];

	/**
	 * Refuses re-tracking options without {@code --retrack-3c}, and reads the model and the candidates table, before the
	 * run starts.
	 */
	void check() throws IOException {
		if (model == null) {
			if (candidates != null)
				throw new BadInputException(candidates, "--retrack-objects needs --retrack-3c MODEL");
			if (snap || decoding != ThreeCRetracking.Decoding.TEM)
				throw new BadInputException(null, (snap ? "--retrack-snap" : "--retrack-decoding") + " needs --retrack-3c MODEL");
			return;
		}
		network = ColourModel.load(model);
		if (candidates != null)
			objects = ThreeCRetracking.flaggedObjects(candidates);
	}

	/** Runs the re-tracking when asked for (after {@link #check()}); prints what was done. */
	void apply(Path runFolder, ProgressListener progress) throws IOException {
		if (network != null)
			System.out.println(ThreeCRetracking.summary(ThreeCRetracking.retrack(runFolder, network, objects, decoding, snap, progress)));
	}
}
