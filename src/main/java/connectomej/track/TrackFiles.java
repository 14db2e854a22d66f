package connectomej.track;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import connectomej.io.BadInputException;
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
	 * @param regions how colours are decoded: {@code em} = by region vote over a watershed of each next EM section,
	 *            {@code voxel} = per voxel, or the location of a boundary probability map whose per-section watershed
	 *            gives the regions
	 * @param minAgreement a region joins the seed object whose code word it agrees with best if the agreement (mean
	 *            colour probability) is at least this, else it starts a new object, in [0, 1]
	 * @param darkShare share of each seed section's darkest voxels left uncoloured; negative = the share of 0 in the
	 *            given seed section
	 * @param tile track in x, y tiles of this size stitched by overlap, voxels; 0 = one tile
	 */
	public record Settings(int digits, int redundant, int minSize, boolean oneAtATime, long seed, String regions,
			double minAgreement, double darkShare, int tile) {

		/** The given code and size settings with the default decoding: EM regions, agreement 0.6, one tile. */
		public Settings(int digits, int redundant, int minSize, boolean oneAtATime, long seed) {
			this(digits, redundant, minSize, oneAtATime, seed, "em", CrossClassificationTracker.DEFAULT_MIN_AGREEMENT, -1, 0);
		}

		/** The command line's defaults: fewest digits, one redundant digit, 20 voxels, 3C, seed 1, EM regions. */
		public static Settings defaults() {
			return new Settings(0, 1, 20, false, 1);
		}
	}

	private TrackFiles() {}

	/**
	 * Tracks the objects of the seed section through the EM stack.
	 *
	 * @param raw EM volume location (file.tif, folder, file.h5:/raw), axes x, y, z
	 * @param seeds label volume location; its first section (z = 0) holds the seed objects, 0 = none
	 * @param model 3C colour network file (task track-3c)
	 * @return labels over the EM volume's interval (zero-min), with its voxel size in nm
	 * @throws BadInputException naming the seed file when the seeds hold no object, differ in size in x, y, or need
	 *         more code digits than given; and every problem of reading the files
	 */
	public static Volume<UnsignedLongType> track(String raw, String seeds, Path model, Settings settings,
			ProgressListener progress) throws IOException {
		Volume<? extends RealType<?>> em = VolumeFiles.read(raw);
		Path seedFile = VolumeLocation.parse(seeds).file();
		RandomAccessibleInterval<? extends IntegerType<?>> seedLabels = LabelVolumes.of(VolumeFiles.read(seeds).data(), seedFile);
		ColourModel network = ColourModel.load(model);
		var labels = ArrayImgs.unsignedLongs(em.data().dimensionsAsLongArray());
		double dark = settings.darkShare() >= 0 ? settings.darkShare()
				: Sections.zeroShare(Sections.labels(seedLabels, seedLabels.numDimensions() > 2 ? seedLabels.min(2) : 0));
		Supplier<SectionTracker> trackers = () -> tracker(network, settings, dark);
		SectionRegions decodeBy = regions(settings.regions(), em);
		try {
			if (settings.tile() > 0)
				BlockwiseTracking.track(trackers, decodeBy, Views.zeroMin(em.data()), Views.zeroMin(seedLabels), labels, settings.tile(),
						Math.max(1, settings.tile() / 8), settings.minSize(), progress);
			else
				SectionSweep.track(trackers.get(), decodeBy, Views.zeroMin(em.data()), Views.zeroMin(seedLabels), labels,
						settings.minSize(), progress);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(seedFile, e.getMessage());
		}
		return new Volume<>(labels, em.voxelSize());
	}

	private static SectionTracker tracker(ColourModel network, Settings s, double darkShare) {
		return s.oneAtATime() ? new SingleObjectTracker(network, 0)
				: new CrossClassificationTracker(network, s.digits(), s.redundant(), s.minAgreement(), s.seed()).eraseDarkestSeeds(darkShare);
	}

	/** The regions colours are decoded over: null for per-voxel decoding. */
	private static SectionRegions regions(String regions, Volume<? extends RealType<?>> em) throws IOException {
		if (regions.equals("voxel"))
			return null;
		if (regions.equals("em"))
			return EmRegions.defaults();
		Volume<? extends RealType<?>> p = VolumeFiles.read(regions);
		if (!Intervals.equalDimensions(p.data(), em.data()))
			throw new BadInputException(VolumeLocation.parse(regions).file(), "boundary map is not the size of the EM");
		return new ProbabilityRegions(ProbabilityMaps.asProbability(Views.zeroMin(p.data()), false), 0.3, 1.5);
	}
}
