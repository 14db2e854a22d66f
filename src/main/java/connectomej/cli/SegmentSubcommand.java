package connectomej.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.metrics.SegmentationScores;
import connectomej.metrics.TableRow;
import connectomej.segment.AgglomerationSettings;
import connectomej.segment.EdgeScore;
import connectomej.segment.FastPass;
import connectomej.segment.ObjectStatistics;
import connectomej.segment.SegmentedObjects;
import connectomej.segment.SegmentedVolume;
import connectomej.progress.ProgressListener;
import connectomej.segment.ProbabilityMaps;
import connectomej.segment.SettingsSearch;
import connectomej.segment.ThresholdSelection;
import connectomej.segment.WatershedSettings;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej segment}: the fast pass on a membrane probability map: watershed supervoxels (or given ones),
 * agglomeration up to a threshold given or chosen on a validation volume with ground truth; writes the segments,
 * optionally TEASAR skeletons (SWC) and an object table (CSV), and prints scores when ground truth is given.
 */
@Command(name = "segment", description = "Fast pass: watershed supervoxels of a membrane probability map and agglomerate them.")
final class SegmentSubcommand implements Callable<Integer> {

	@Option(names = "--prob", required = true, paramLabel = "LOCATION", description = "membrane probability (high = membrane unless --invert)")
	String prob;
	@Option(names = "--invert", description = "the map is dark on membranes: use 1 - value")
	boolean invert;
	@Option(names = "--supervoxels", paramLabel = "LOCATION", description = "use these supervoxels instead of the watershed")
	String supervoxels;
	@Option(names = "--threshold", description = "agglomeration threshold in [0, 1] (default 0.5)")
	Double threshold;
	@Option(names = "--gt-for-threshold", paramLabel = "LOCATION", description = "ground truth of the validation volume: choose the threshold on it")
	String gtForThreshold;
	@Option(names = "--validation-prob", paramLabel = "LOCATION", description = "probability of the validation volume (default: --prob)")
	String validationProb;
	@Option(names = "--validation-supervoxels", paramLabel = "LOCATION", description = "supervoxels of the validation volume (default: watershed, or --supervoxels when no --validation-prob)")
	String validationSupervoxels;
	@Option(names = "--criterion", defaultValue = "VOI", description = "what the threshold choice minimises: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
	ThresholdSelection.Criterion criterion;
	@Option(names = "--gt", paramLabel = "LOCATION", description = "ground truth: print the scores of the result")
	String gt;
	@Option(names = { "-o", "--output" }, required = true, paramLabel = "LOCATION", description = "segments to write (tif, h5:/dataset)")
	String output;
	@Option(names = "--seed-threshold", split = ",", defaultValue = "0.5", description = "watershed seeds below this probability (default ${DEFAULT-VALUE}); a list is searched on the validation volume")
	List<Double> seedThresholds;
	@Option(names = "--min-seed-distance", split = ",", defaultValue = "0", description = "seeds only this far (nm) from membrane (default ${DEFAULT-VALUE}); a list is searched")
	List<Double> minSeedDistances;
	@Option(names = "--seed-smoothing", split = ",", defaultValue = "0", description = "> 0: seeds at maxima of the distance transform smoothed by this sigma (nm) (default ${DEFAULT-VALUE}); a list is searched")
	List<Double> seedSmoothings;
	@Option(names = "--per-section", description = "2D watershed per z section (serial sections)")
	boolean perSection;
	@Option(names = "--score", split = ",", defaultValue = "MEAN", description = "edge score: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); a list is searched")
	List<EdgeScore> scores;
	@Option(names = "--neck-weight", split = ",", defaultValue = "0", description = "weight of the narrow-contact penalty blended into the edge score (default ${DEFAULT-VALUE}: none); a list is searched")
	List<Double> neckWeights;
	@Option(names = "--min-size", defaultValue = "0", description = "merge or drop objects below this many voxels (default ${DEFAULT-VALUE})")
	long minSize;
	@Option(names = "--block-size", split = ",", defaultValue = "128,128,128", description = "watershed block x,y,z (default ${DEFAULT-VALUE})")
	long[] blockSize;
	@Option(names = "--halo", split = ",", defaultValue = "16,16,16", description = "watershed halo x,y,z (default ${DEFAULT-VALUE})")
	long[] halo;
	@Option(names = "--swc", paramLabel = "FILE", description = "write TEASAR skeletons of all segments to this SWC file (nm)")
	Path swc;
	@Option(names = "--objects", paramLabel = "FILE", description = "write the object table (id, size, box, centroid, skeleton length) as CSV")
	Path objects;
	@Option(names = "--threads", description = "worker threads (default: all processors)")
	int threads = Runtime.getRuntime().availableProcessors();
	@picocli.CommandLine.Mixin
	VoxelSizeOption voxelSize = new VoxelSizeOption();

	@Override
	public Integer call() throws Exception {
		if (threshold != null && gtForThreshold != null)
			throw new BadInputException(null, "give --threshold or --gt-for-threshold, not both");
		checkChoices();
		if (gtForThreshold == null && (watershedGrid().size() > 1 || scores.size() > 1 || neckWeights.size() > 1))
			throw new BadInputException(null, "lists of seed settings or scores are searched on --gt-for-threshold: give it");
		VolumeFiles.requireWritable(output, prob, supervoxels, gt, gtForThreshold);
		voxelSize.given();
		Volume<FloatType> p = voxelSize.apply(probability(prob), prob);
		RandomAccessibleInterval<? extends IntegerType<?>> sv = supervoxels == null ? null : labels(supervoxels, p);
		RandomAccessibleInterval<? extends IntegerType<?>> truth = gt == null ? null : labels(gt, p);
		ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			FastPass.Settings settings = gtForThreshold != null ? choose(p, sv, executor)
				: settings(watershedGrid().get(0), scores.get(0), neckWeights.get(0), threshold != null ? threshold : 0.5);
			double t = settings.agglomeration().threshold();
			SegmentedVolume result = SegmentedVolume.of(p, sv, settings, executor, ProgressListener.NONE);
			RandomAccessibleInterval<UnsignedLongType> segments = result.segments().data();
			FastPass.Outcome o = result.outcome();
			VolumeFiles.write(result.segments(), output);
			System.out.printf("threshold %.4f: %d supervoxels -> %d segments (watershed %.2f s, agglomeration %.2f s); wrote %s%n", t,
				o.supervoxels(), o.segments(), o.watershedSeconds(), o.agglomerationSeconds(), output);
			String hint = sv == null ? settings.watershed().anisotropyHint(p.voxelSize()) : null;
			if (hint != null)
				System.err.println("hint: " + hint);
			if (swc != null || objects != null)
				writeSkeletons(segments, p.voxelSize(), executor);
			if (truth != null)
				System.out.print(TableRow.format(SegmentationScores.evaluate(segments, truth).toTableRows()));
			return 0;
		} finally {
			executor.shutdownNow();
		}
	}

	private void writeSkeletons(RandomAccessibleInterval<UnsignedLongType> segments, VoxelSize voxelSize, ExecutorService executor)
		throws Exception
	{
		SegmentedObjects objectsFound = SegmentedObjects.of(segments, voxelSize, swc != null, executor, ProgressListener.NONE);
		List<ObjectStatistics> stats = objectsFound.statistics();
		if (swc != null)
			objectsFound.writeSwc(swc);
		if (objects != null)
			objectsFound.writeTable(objects);
		System.out.println(stats.size() + " objects" + (swc != null ? ", skeletons in " + swc : "") + (objects != null ? ", table in " + objects : ""));
	}

	private FastPass.Settings settings(WatershedSettings ws, EdgeScore score, double neckWeight, double agglomerationThreshold) {
		return new FastPass.Settings(ws, new AgglomerationSettings(agglomerationThreshold, score, minSize, neckWeight), blockSize, halo);
	}

	/**
	 * Refuses out-of-range choices before the map is read: every seed setting, score and neck weight of the grid, the
	 * threshold, block size and halo.
	 *
	 * @throws BadInputException naming the first choice out of range
	 */
	private void checkChoices() {
		if (blockSize.length != 3 || halo.length != 3)
			throw new BadInputException(null, "--block-size and --halo need three numbers X,Y,Z");
		for (int d = 0; d < 3; d++)
			if (blockSize[d] <= 0 || halo[d] < 0)
				throw new BadInputException(null, "--block-size " + join(blockSize) + ", --halo " + join(halo)
					+ ": block sizes must be at least 1 voxel and halos at least 0");
		try {
			for (WatershedSettings ws : watershedGrid())
				for (EdgeScore score : scores)
					for (double neckWeight : neckWeights)
						settings(ws, score, neckWeight, threshold != null ? threshold : 0.5);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, e.getMessage());
		}
	}

	private static String join(long[] values) {
		return java.util.Arrays.stream(values).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(","));
	}

	/** Every combination of the seed options, in the order the options list them (thresholds outermost). */
	private List<WatershedSettings> watershedGrid() {
		List<WatershedSettings> grid = new java.util.ArrayList<>();
		for (double t : seedThresholds)
			for (double d : minSeedDistances)
				for (double s : seedSmoothings)
					grid.add(new WatershedSettings(t, d, perSection, s));
		return grid;
	}

	/** Chooses the threshold (and, for lists, the seed settings and score) on the validation volume. */
	private FastPass.Settings choose(Volume<FloatType> p, RandomAccessibleInterval<? extends IntegerType<?>> sv, ExecutorService executor)
		throws Exception
	{
		Volume<FloatType> vp = validationProb == null ? p : probability(validationProb);
		RandomAccessibleInterval<? extends IntegerType<?>> vsv = validationSupervoxels != null ? labels(validationSupervoxels, vp)
			: validationProb == null ? sv : null;
		SettingsSearch.Result r = SettingsSearch.search(vp.data(), vp.voxelSize(), labels(gtForThreshold, vp), vsv, watershedGrid(),
			scores, neckWeights, criterion, blockSize, halo, executor);
		ThresholdSelection.Sweep s = r.best().sweep();
		System.out.println("threshold  VOI split  VOI merge  adapted Rand error  (validation, gt 0 ignored)");
		for (ThresholdSelection.Point pt : s.points())
			System.out.printf("%9.4f  %9.4f  %9.4f  %18.4f%n", pt.threshold(), pt.scores().voiForeground().split(),
				pt.scores().voiForeground().merge(), pt.scores().adaptedRand().error());
		if (r.cells().size() > 1)
			for (SettingsSearch.Cell c : r.cells())
				System.out.printf("grid: %s %s neck %s -> threshold %.4f, VOI %.4f, adapted Rand error %.4f%n", c.watershed() == null
					? "given supervoxels" : c.watershed(), c.score(), c.neckWeight(), c.sweep().best().threshold(),
					c.sweep().best().scores().voiForeground().sum(),
					c.sweep().best().scores().adaptedRand().error());
		WatershedSettings ws = r.best().watershed() != null ? r.best().watershed() : watershedGrid().get(0);
		System.out.printf("chosen threshold %.4f, score %s, neck weight %s, seeds %s (lowest %s)%n", s.best().threshold(), r.best().score(),
			r.best().neckWeight(), ws, criterion);
		return settings(ws, r.best().score(), r.best().neckWeight(), s.best().threshold());
	}

	private Volume<FloatType> probability(String location) throws Exception {
		return ProbabilityMaps.read(location, invert);
	}

	private static RandomAccessibleInterval<? extends IntegerType<?>> labels(String location, Volume<?> like) throws Exception {
		Path file = VolumeLocation.parse(location).file();
		var v = VolumeFiles.read(location);
		if (!Intervals.equalDimensions(v.data(), like.data()))
			throw new BadInputException(file, "shape " + v.width() + " x " + v.height() + " x " + v.depth()
				+ " (x, y, z) does not match the probability map's " + like.width() + " x " + like.height() + " x " + like.depth());
		return LabelVolumes.of(v.data(), file);
	}
}
