package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.n5.N5Compression;
import connectomej.pipeline.IdentitySegments;
import connectomej.pipeline.IntensityBaselineMembranes;
import connectomej.pipeline.MembraneStage;
import connectomej.pipeline.ModelMembranes;
import connectomej.pipeline.Pipeline;
import connectomej.pipeline.PipelineModel;
import connectomej.pipeline.PipelineSettings;
import connectomej.pipeline.ProbabilityMapMembranes;
import connectomej.pipeline.SkeletonStage;
import connectomej.pipeline.StageReport;
import connectomej.pipeline.ThresholdBaselineSupervoxels;
import connectomej.pipeline.AgglomerationSegments;
import connectomej.pipeline.SegmentStage;
import connectomej.pipeline.SupervoxelStage;
import connectomej.pipeline.TeasarSkeletons;
import connectomej.pipeline.WatershedSupervoxels;
import connectomej.segment.WatershedSettings;
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

	@Option(names = "--threshold", defaultValue = "0.5", description = "agglomeration threshold: merge while the mean boundary probability is below it; "
			+ "with --baseline, the membrane probability below which a voxel is inside a cell (default ${DEFAULT-VALUE})")
	double threshold;

	@Option(names = "--seed-threshold", defaultValue = "0.5", description = "watershed seeds below this membrane probability (default ${DEFAULT-VALUE})")
	double seedThreshold;

	@Option(names = "--min-seed-distance", defaultValue = "0", description = "seeds only this far (nm) from a membrane (default ${DEFAULT-VALUE})")
	double minSeedDistance;

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
	RetrackOptions retrack;

	@Override
	public Integer call() throws Exception {
		int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
		ExecutorService executor = Executors.newFixedThreadPool(n);
		TerminalProgress progress = TerminalProgress.onStderr();
		try {
			Pipeline pipeline = new Pipeline(settings(n), executor, progress);
			if (!pipeline.checkInput() || !pipeline.process())
				throw pipeline.getFailure();
			progress.finishLine();
			printSummary(pipeline.getModel());
			retrack.apply(output, progress);
			return 0;
		} finally {
			progress.finishLine();
			executor.shutdownNow();
		}
	}

	private PipelineSettings settings(int n) {
		if (blockSize.length != 3)
			throw new connectomej.io.BadInputException(null, "--block-size needs three numbers X,Y,Z");
		if (model != null && probabilities != null)
			throw new connectomej.io.BadInputException(null, "give --model or --probabilities, not both");
		MembraneStage membranes = probabilities != null ? new ProbabilityMapMembranes(probabilities)
				: intensityMembranes ? new IntensityBaselineMembranes() : new ModelMembranes(model != null ? model : shippedModel(), n);
		try {
			SupervoxelStage supervoxels = baseline ? new ThresholdBaselineSupervoxels(threshold)
					: new WatershedSupervoxels(new WatershedSettings(seedThreshold, minSeedDistance, perSection), halo());
			SegmentStage segments = baseline ? new IdentitySegments() : new AgglomerationSegments(threshold, minSize);
			return new PipelineSettings(input, output, blockSize, N5Compression.gzip(-1), membranes, supervoxels, segments,
					noSkeletons ? SkeletonStage.NONE : new TeasarSkeletons(), !noBdv, overwrite);
		} catch (IllegalArgumentException e) {
			throw new connectomej.io.BadInputException(null, e.getMessage());
		}
	}

	private long[] halo() {
		if (halo.length != 3)
			throw new IllegalArgumentException("--halo needs three numbers X,Y,Z");
		return halo;
	}

	/** The membrane model that ships inside the jar, unpacked to a temporary file. */
	private static Path shippedModel() {
		try {
			return connectomej.nn.DefaultModels.extract(connectomej.nn.DefaultModels.MEMBRANE);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private void printSummary(PipelineModel result) {
		for (StageReport stage : result.stages())
			System.out.println(stage);
		System.out.printf(java.util.Locale.ROOT, "%d supervoxels, %d segments in %.1f s%s; results in %s%n", result.supervoxels(),
				result.segments(), result.seconds(), result.resumed() ? " (resumed)" : "", output);
	}
}
