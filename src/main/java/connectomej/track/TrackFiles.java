package connectomej.track;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import connectomej.io.BadInputException;
import connectomej.io.EightBitEm;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.progress.ProgressListener;
import connectomej.segment.ProbabilityMaps;
import connectomej.volume.Volume;

/**
 * Tracking from files, as the command line and the Fiji command do it: the EM volume and a label volume whose first
 * section holds the seed objects are read, every section is labelled by 3C (Meirovitch, Mi et al. 2018, arXiv
 * 1812.01157) or by the one-object-at-a-time baseline; nothing is written.
 */
public final class TrackFiles {

	/** Resource name of the shipped 3C model (k = 4 colours). */
	public static final String DEFAULT_MODEL = "/models/track-3c-k4.zip";

	/** Name of the tracked labels inside an output folder. */
	public static final String LABELS = "tracked_labels.tif";

	/**
	 * @param digits code digits, 0 = ceil(log_k N) per section
	 * @param redundant redundant code digits, >= 0
	 * @param minSize voxels for an unclaimed region to become a new object
	 * @param oneAtATime the single-object baseline (one network pass per object) instead of 3C
	 * @param seed seed of the code words
	 * @param decoding how the colours become object ids
	 * @param tile track in x, y tiles of this size stitched by overlap, voxels; 0 = one tile
	 */
	public record Settings(int digits, int redundant, int minSize, boolean oneAtATime, long seed, Decoding decoding, int tile) {

		/** The given code and size settings with the default decoding ({@link Decoding#defaults()}), one tile. */
		public Settings(int digits, int redundant, int minSize, boolean oneAtATime, long seed) {
			this(digits, redundant, minSize, oneAtATime, seed, Decoding.defaults(), 0);
		}

		/** The command line's defaults: fewest digits, one redundant digit, 20 voxels, 3C, seed 1, EM regions. */
		public static Settings defaults() {
			return new Settings(0, 1, 20, false, 1);
		}

		/**
		 * Refuses settings out of their ranges before anything is read, naming the option (command-line spelling).
		 *
		 * @throws BadInputException for the first setting out of range
		 */
		public void check() {
			BadInputException.require(digits >= 0,
					"--digits " + digits + ": the number of code digits must be at least 0 (0 = as few as the objects need)");
			BadInputException.require(redundant >= 0,
					"--redundant " + redundant + ": the number of redundant digits must be at least 0");
			BadInputException.require(minSize >= 0, "--min-size " + minSize + ": the size of a new object must be at least 0 voxels");
			BadInputException.require(tile >= 0, "--tile " + tile + ": the tile size must be at least 0 voxels (0 = one tile)");
			decoding.check();
		}
	}

	/**
	 * How 3C's colours are decoded into objects.
	 *
	 * @param regions {@code em} = by region vote over a watershed of each next EM section, {@code voxel} = per voxel,
	 *            {@code membranes} = over a watershed of a membrane map predicted by {@code membraneModel}, or the
	 *            location of a boundary probability map (file.h5:/boundary_prob) whose per-section watershed gives the
	 *            regions
	 * @param minAgreement a region joins the seed object whose code word it agrees with best if the agreement (mean
	 *            colour probability) is at least this, else it starts a new object, in [0, 1]
	 * @param darkShare share of each seed section's darkest voxels left uncoloured; negative = the share of 0 in the
	 *            given seed section with EM regions, none with a boundary map
	 * @param boundary with a boundary map: seed voxels above this probability are left uncoloured
	 *            ({@link BoundarySeeds}) and region voxels at or above it do not vote, in (0, 1]; negative = neither
	 * @param minOverlap {@link RegionAssignment} with this overlap share, in (0, 1]; <= 0 = each region its best word
	 * @param secondary see {@link RegionAssignment}
	 * @param membraneModel membrane model for {@code membranes}; null = the shipped U-Net ({@link #MEMBRANE_MODEL})
	 * @param seedThreshold with a boundary map: the regions' watershed is seeded by the connected components below this
	 *            probability, in [0, 1]
	 * @param supervoxels location of 3D supervoxels of the EM's size whose sections are the regions
	 *            ({@link SupervoxelRegions}), with {@code regions}' boundary map (if any) for the votes and the seeds; null =
	 *            the regions of {@code regions}
	 * @param enteringShare a region at least this share over uncoloured seed voxels starts a new object
	 *            ({@link EnteringRegions}), in (0, 1]; 0 = no such rule
	 * @param voxelConfidence a voxel whose own tuple decodes to an object with every digit at least this probable keeps
	 *            it inside its region ({@link CrossClassificationTracker#keepConfidentVoxels}), in [0, 1]; above 1 = none
	 * @param seedDistance with a boundary map: the regions' watershed seeds lie at least this far (voxels) from voxels
	 *            at or above {@code seedThreshold} ({@link ProbabilityRegions#minSeedDistance}), >= 0; 0 = all of them
	 */
	public record Decoding(String regions, double minAgreement, double darkShare, double boundary, double minOverlap,
			RegionAssignment.Secondary secondary, Path membraneModel, double seedThreshold, String supervoxels, double enteringShare,
			double voxelConfidence, double seedDistance) {

		/** Without the entering rule and confident voxels. */
		public Decoding(String regions, double minAgreement, double darkShare, double boundary, double minOverlap,
				RegionAssignment.Secondary secondary, Path membraneModel, double seedThreshold, String supervoxels) {
			this(regions, minAgreement, darkShare, boundary, minOverlap, secondary, membraneModel, seedThreshold, supervoxels, 0, 2, 0);
		}

		/**
		 * EM regions, agreement 0.6, darkest share from the seeds, no assignment; where a map is used, boundary 0.5 and
		 * region seeds below 0.3.
		 */
		public static Decoding defaults() {
			return new Decoding("em", CrossClassificationTracker.DEFAULT_MIN_AGREEMENT, -1, 0.5, 0, RegionAssignment.Secondary.NEW_OBJECT, null, 0.3, null);
		}

		/**
		 * Refuses decoding settings out of the ranges above before anything is read, naming the option (command-line
		 * spelling).
		 *
		 * @throws BadInputException for the first setting out of range
		 */
		public void check() {
			BadInputException.require(minAgreement >= 0 && minAgreement <= 1,
					"--min-agreement " + minAgreement + ": the agreement must be in [0, 1]");
			BadInputException.require(darkShare <= 1,
					"--dark-share " + darkShare + ": the darkest share must be in [0, 1], or negative for the seeds' own");
			BadInputException.require(boundary != 0 && boundary <= 1,
					"--boundary " + boundary + ": the boundary probability must be in (0, 1], or negative for none");
			BadInputException.require(minOverlap <= 1,
					"--min-overlap " + minOverlap + ": the overlap share must be in (0, 1], or at most 0 for none");
			BadInputException.require(seedThreshold >= 0 && seedThreshold <= 1,
					"--region-seeds " + seedThreshold + ": the region seed probability must be in [0, 1]");
			BadInputException.require(enteringShare == 0 || enteringShare > 0 && enteringShare <= 1 && !regions.equals("voxel"),
					"--entering-share "
					+ enteringShare + ": the entering share must be in (0, 1] and needs region decoding, not --regions voxel");
			BadInputException.require(voxelConfidence >= 0,
					"--voxel-confidence " + voxelConfidence + ": the voxel confidence must be at least 0 (above 1 = none)");
			BadInputException.require(seedDistance >= 0,
					"--region-seed-distance " + seedDistance + ": the region seed distance must be at least 0 voxels");
		}

		/** The boundary map's location when {@code regions} names one; null for em, voxel and membranes. */
		public String mapLocation() {
			return java.util.Set.of("em", "voxel", "membranes").contains(regions) ? null : regions;
		}
	}

	/** Resource name of the membrane model that {@code membranes} regions use by default. */
	public static final String MEMBRANE_MODEL = "/models/membrane-unet.zip";

	private TrackFiles() {}

	/**
	 * Tracks the objects of the seed section through the EM stack.
	 *
	 * @param raw EM volume location (file.tif, folder, file.h5:/raw), axes x, y, z
	 * @param seeds label volume location; its first section (z = 0) holds the seed objects, 0 = none
	 * @param model 3C colour network file (task track-3c)
	 * @return labels over the EM volume's interval (zero-min), with its voxel size in nm
	 * @throws BadInputException for settings out of range ({@link Settings#check()}), before anything is read; naming
	 *         the seed file when the seeds hold no object, differ in size in x, y, or need more code digits than given;
	 *         and every problem of reading the files
	 */
	public static Volume<UnsignedLongType> track(String raw, String seeds, Path model, Settings settings,
			ProgressListener progress) throws IOException {
		settings.check();
		return track(EightBitEm.read(raw), seeds, model, settings, progress);
	}

	private static Volume<UnsignedLongType> track(Volume<? extends RealType<?>> em, String seeds, Path model, Settings settings,
			ProgressListener progress) throws IOException {
		Path seedFile = VolumeLocation.parse(seeds).file();
		RandomAccessibleInterval<? extends IntegerType<?>> seedLabels = LabelVolumes.of(VolumeFiles.read(seeds).data(), seedFile);
		ColourModel network = ColourModel.load(model);
		var labels = ArrayImgs.unsignedLongs(em.data().dimensionsAsLongArray());
		Decoding d = settings.decoding();
		RandomAccessibleInterval<? extends RealType<?>> boundaryMap = boundaryMap(d, em);
		double dark = d.darkShare() >= 0 ? d.darkShare() : boundaryMap != null ? 0
				: Sections.zeroShare(Sections.labels(seedLabels, seedLabels.numDimensions() > 2 ? seedLabels.min(2) : 0));
		checkMapInput(network, model, boundaryMap, settings);
		Function<Interval, SectionTracker> trackers = area -> tracker(network, settings, dark,
				boundaryMap == null ? null : Views.interval(boundaryMap, area), Views.interval(Views.zeroMin(em.data()), area));
		SectionRegions decodeBy = d.supervoxels() != null ? supervoxelRegions(d, em, boundaryMap) : regions(d, boundaryMap);
		BoundarySeeds erasure = boundaryMap != null && d.boundary() > 0 ? new BoundarySeeds(boundaryMap, d.boundary()) : null;
		try {
			if (settings.tile() > 0)
				BlockwiseTracking.trackTiles(trackers, decodeBy, erasure, Views.zeroMin(em.data()), Views.zeroMin(seedLabels), labels,
						settings.tile(), Math.max(1, settings.tile() / 8), settings.minSize(), progress);
			else
				SectionSweep.track(trackers.apply(Views.zeroMin(em.data())), decodeBy, erasure, Views.zeroMin(em.data()), Views.zeroMin(seedLabels), labels,
						settings.minSize(), progress);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(seedFile, e.getMessage());
		}
		return new Volume<>(labels, em.voxelSize());
	}

	/**
	 * Tracks as {@link #track(String, String, Path, Settings, ProgressListener)}, then snaps the labels to a 3D
	 * over-segmentation of the same volume ({@link SupervoxelVote}): each supervoxel takes the object most of its voxels
	 * were tracked to. The supervoxels are read and checked before tracking starts.
	 *
	 * @param snapTo location of supervoxels of the EM's size, e.g. the fast pass's watershed ({@code segment --threshold
	 *            0}), 0 = none; null = no snapping
	 * @throws BadInputException also naming the supervoxel file when it is not the size of the EM
	 */
	public static Volume<UnsignedLongType> track(String raw, String seeds, Path model, Settings settings, String snapTo,
			ProgressListener progress) throws IOException {
		settings.check();
		if (snapTo == null)
			return track(raw, seeds, model, settings, progress);
		Path file = VolumeLocation.parse(snapTo).file();
		RandomAccessibleInterval<? extends IntegerType<?>> fragments = LabelVolumes.of(VolumeFiles.read(snapTo).data(), file);
		Volume<? extends RealType<?>> em = EightBitEm.read(raw);
		if (!Intervals.equalDimensions(fragments, em.data()))
			throw new BadInputException(file, "supervoxels to snap to are " + dimensions(fragments) + " voxels, the EM " + dimensions(em.data()));
		Volume<UnsignedLongType> tracked = track(em, seeds, model, settings, progress);
		SupervoxelVote.snap(tracked.data(), Views.zeroMin(fragments));
		return tracked;
	}

	private static String dimensions(RandomAccessibleInterval<?> volume) {
		return java.util.Arrays.stream(volume.dimensionsAsLongArray()).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(" x "));
	}

	private static SectionTracker tracker(ColourModel network, Settings s, double darkShare,
			RandomAccessibleInterval<? extends RealType<?>> boundaryMap, RandomAccessibleInterval<? extends RealType<?>> em) {
		Decoding d = s.decoding();
		if (s.oneAtATime())
			return new SingleObjectTracker(network, 0);
		var tracker = new CrossClassificationTracker(network, s.digits(), s.redundant(), d.minAgreement(), s.seed()).eraseDarkestSeeds(darkShare)
				.assignRegions(d.minOverlap() > 0 ? new RegionAssignment(d.minOverlap(), d.secondary()) : null)
				.keepConfidentVoxels(d.voxelConfidence());
		if (network.maps() > 0)
			tracker.readBoundaryMap(boundaryMap);
		if (network.ahead() > 0)
			tracker.readAheadSections(em);
		return d.enteringShare() > 0 ? new EnteringRegions(tracker, d.enteringShare()) : tracker;
	}

	/**
	 * A colour model that reads the next section's boundary map ({@link ColourModel#maps}) needs the decoding's map and
	 * 3C, not the one-object baseline; a model that reads sections ahead ({@link ColourModel#ahead}) or the section
	 * before the seed ({@link ColourModel#behind}) needs 3C too.
	 */
	private static void checkMapInput(ColourModel network, Path model, RandomAccessibleInterval<? extends RealType<?>> boundaryMap,
			Settings settings) {
		if (network.ahead() > 0 && settings.oneAtATime())
			throw new BadInputException(model, "this 3C model reads " + network.ahead() + " sections beyond the next one, which the "
					+ "one-at-a-time baseline does not pass on: track with 3C");
		if (network.behind() > 0 && settings.oneAtATime())
			throw new BadInputException(model, "this 3C model reads the section before the seed section, which the one-at-a-time "
					+ "baseline does not pass on: track with 3C");
		if (network.maps() == 0)
			return;
		if (boundaryMap == null)
			throw new BadInputException(model, "this 3C model reads a boundary map of the next section: give --regions membranes or "
					+ "--regions FILE:/DATASET");
		if (settings.oneAtATime())
			throw new BadInputException(model, "this 3C model reads a boundary map, which the one-at-a-time baseline does not pass on: "
					+ "track with 3C");
	}

	/** The boundary probability map of {@code membranes} or a map location, zero-min; null for em and voxel. */
	private static RandomAccessibleInterval<? extends RealType<?>> boundaryMap(Decoding d, Volume<? extends RealType<?>> em)
			throws IOException {
		if (d.regions().equals("membranes"))
			return PredictedMembranes.of(Views.zeroMin(em.data()), d.membraneModel());
		if (d.mapLocation() == null)
			return null;
		Volume<? extends RealType<?>> p = VolumeFiles.read(d.mapLocation());
		if (!Intervals.equalDimensions(p.data(), em.data()))
			throw new BadInputException(VolumeLocation.parse(d.regions()).file(), "boundary map is not the size of the EM");
		ProbabilityMaps.requireProbabilities(p.data(), VolumeLocation.parse(d.mapLocation()).file());
		return ProbabilityMaps.asProbability(Views.zeroMin(p.data()), false);
	}

	/** The sections of the decoding's supervoxels as regions; voxels at or above its boundary in the map do not vote. */
	private static SectionRegions supervoxelRegions(Decoding d, Volume<? extends RealType<?>> em,
			RandomAccessibleInterval<? extends RealType<?>> boundaryMap) throws IOException {
		Path file = VolumeLocation.parse(d.supervoxels()).file();
		RandomAccessibleInterval<? extends IntegerType<?>> supervoxels = LabelVolumes.of(VolumeFiles.read(d.supervoxels()).data(), file);
		if (!Intervals.equalDimensions(supervoxels, em.data()))
			throw new BadInputException(file, "supervoxels are not the size of the EM");
		return new SupervoxelRegions(Views.zeroMin(supervoxels), boundaryMap, boundaryMap != null && d.boundary() > 0 ? d.boundary() : 2);
	}

	/** The regions colours are decoded over: null for per-voxel decoding. */
	private static SectionRegions regions(Decoding d, RandomAccessibleInterval<? extends RealType<?>> boundaryMap) {
		if (d.regions().equals("voxel"))
			return null;
		if (boundaryMap == null)
			return EmRegions.defaults();
		return new ProbabilityRegions(boundaryMap, d.seedThreshold(), d.seedDistance(), d.boundary() > 0 ? d.boundary() : 2);
	}
}
