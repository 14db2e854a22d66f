package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.pipeline.FastPassOptions;
import connectomej.pipeline.Pipeline;
import connectomej.pipeline.PipelineSettings;
import connectomej.segment.EdgeScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code connectomej run}: the fast pass, block by block through an N5 container, resumable. Prints a progress bar
 * per stage on standard error and a summary on standard output.
 */
@Command(name = "run", description = "Run the fast pass (raw -> membranes -> supervoxels -> segments -> skeletons) block by block; "
		+ "rerun the same command to resume an interrupted run.")
final class RunSubcommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "INPUT", description = "EM volume: stack.tif, folder of PNGs, or file.h5:/dataset")
	String input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FOLDER", description = "output folder (volume.n5, objects.csv, skeletons/, report.md, volume.xml)")
	Path output;

	@Option(names = "--intensity-membranes", description = "membranes = 1 - raw / 255 instead of a model (a yardstick, and for volumes smaller than a model's receptive field)")
	boolean intensityMembranes;

	@Option(names = "--model", paramLabel = "FILE", description = "membrane model .zip; default: the shipped membrane model (models/membrane-shallow.zip)")
	Path model;

	@Option(names = "--probabilities", paramLabel = "LOCATION", description = "use membrane probabilities computed elsewhere (same size as INPUT; float in [0, 1] or 8-bit) instead of a model")
	String probabilities;

	@Option(names = "--baseline", description = "supervoxels by threshold + connected components, no agglomeration (a yardstick, not the fast pass)")
	boolean baseline;

	@Option(names = "--threshold", defaultValue = "0.5", description = "agglomeration threshold: merge while the edge score (see --score) is below it; "
			+ "with --baseline, the membrane probability below which a voxel is inside a cell (default ${DEFAULT-VALUE})")
	double threshold;

	@Option(names = "--seed-threshold", defaultValue = "0.5", description = "watershed seeds below this membrane probability (default ${DEFAULT-VALUE})")
	double seedThreshold;

	@Option(names = "--min-seed-distance", defaultValue = "0", description = "seeds only this far (nm) from a membrane (default ${DEFAULT-VALUE})")
	double minSeedDistance;

	@Option(names = "--seed-smoothing", defaultValue = "0", paramLabel = "NM", description = "> 0: seeds at maxima of the distance transform "
			+ "smoothed by this sigma (nm) instead of whole seed regions (default ${DEFAULT-VALUE})")
	double seedSmoothing;

	@Option(names = "--score", defaultValue = "MEAN", description = "agglomeration edge score: MEAN, QUANTILE_25, MEDIAN, QUANTILE_75, "
			+ "QUANTILE_90 of the boundary probability (default ${DEFAULT-VALUE})")
	EdgeScore score;

	@Option(names = "--neck-weight", defaultValue = "0", description = "weight of the narrow-contact penalty blended into the edge score "
			+ "(default ${DEFAULT-VALUE}: none)")
	double neckWeight;

	@Option(names = "--per-section", description = "2D watershed per z section (serial sections), linked by the agglomeration")
	boolean perSection;

	@Option(names = "--halo", split = ",", paramLabel = "X,Y,Z", defaultValue = "16,16,16", description = "watershed halo in voxels (default ${DEFAULT-VALUE})")
	long[] halo;

	@Option(names = "--min-size", defaultValue = "0", description = "merge objects below this many voxels into a neighbour (default ${DEFAULT-VALUE})")
	long minSize;

	@Option(names = "--no-skeletons", description = "skip the TEASAR skeletons")
	boolean noSkeletons;

	@Option(names = "--block-size", split = ",", paramLabel = "X,Y,Z", defaultValue = "128,128,32", description = "block size in voxels (default ${DEFAULT-VALUE})")
	long[] blockSize;

	@Option(names = "--threads", paramLabel = "N", description = "threads (default: all cores)")
	Integer threads;

	@Option(names = "--no-bdv", description = "skip the BigDataViewer export (volume.xml)")
	boolean noBdv;

	@Option(names = "--overwrite", description = "replace the results of another run in the output folder")
	boolean overwrite;

	@Mixin
	SlowPassOptions slowPass = new SlowPassOptions();

	@Mixin
	RetrackOptions retrack;

	@Mixin
	VoxelSizeOption voxelSize = new VoxelSizeOption();

	@Override
	public Integer call() throws Exception {
		int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
		OptionRanges.atLeast("--threads", n, 1);
		ExecutorService executor = Executors.newFixedThreadPool(n);
		TerminalProgress progress = TerminalProgress.onStderr();
		try {
			retrack.check();
			PipelineSettings settings = settings(n);
			Pipeline pipeline = new Pipeline(settings, slowPass.settings(settings.membranes(), n), executor, progress);
			if (!pipeline.checkInput() || !pipeline.process())
				throw pipeline.getFailure();
			progress.finishLine();
			System.out.print(pipeline.getModel().summary(output));
			pipeline.getSlowPassSummary().forEach(System.out::println);
			retrack.apply(output, progress);
			return 0;
		} finally {
			progress.finishLine();
			executor.shutdownNow();
		}
	}

	private PipelineSettings settings(int n) {
		return new FastPassOptions(input, output, model, probabilities, intensityMembranes, baseline, threshold, seedThreshold,
				minSeedDistance, seedSmoothing, perSection, halo, minSize, score, neckWeight, !noSkeletons, blockSize, !noBdv, overwrite)
				.toSettings(n).withVoxelSize(voxelSize.given());
	}
}
