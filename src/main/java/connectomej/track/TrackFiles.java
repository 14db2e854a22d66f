package connectomej.track;

import java.io.IOException;
import java.nio.file.Path;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.progress.ProgressListener;
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
	 */
	public record Settings(int digits, int redundant, int minSize, boolean oneAtATime, long seed) {

		/** The command line's defaults: fewest digits, one redundant digit, 20 voxels, 3C, seed 1. */
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
		try {
			SectionSweep.track(tracker(network, settings), Views.zeroMin(em.data()), Views.zeroMin(seedLabels), labels,
					settings.minSize(), progress);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(seedFile, e.getMessage());
		}
		return new Volume<>(labels, em.voxelSize());
	}

	private static SectionTracker tracker(ColourModel network, Settings s) {
		return s.oneAtATime() ? new SingleObjectTracker(network, 0)
				: new CrossClassificationTracker(network, s.digits(), s.redundant(), s.seed());
	}
}
