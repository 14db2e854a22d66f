package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import java.util.function.Supplier;

import connectomej.segment.ProbabilityMaps;
import connectomej.track.BlockwiseTracking;
import connectomej.track.ColourModel;
import connectomej.track.EmRegions;
import connectomej.track.ProbabilityRegions;
import connectomej.track.SectionRegions;
import connectomej.track.Sections;
import connectomej.track.CrossClassificationTracker;
import connectomej.track.SectionSweep;
import connectomej.track.SectionTracker;
import connectomej.track.SingleObjectTracker;
import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;
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

	@Option(names = "--regions", defaultValue = "em", paramLabel = "em|voxel|LOCATION", description = "decode by region vote over regions of each "
			+ "next section: em = a watershed of the EM, voxel = per voxel, or a boundary probability map (file.h5:/boundary_prob) "
			+ "whose per-section watershed gives the regions (default ${DEFAULT-VALUE})")
	String regions;

	@Option(names = "--min-agreement", defaultValue = "0.6", description = "a region joins the seed object whose code word it agrees with best "
			+ "if the agreement (mean colour probability) is at least this, else it starts a new object (default ${DEFAULT-VALUE})")
	double minAgreement;

	@Option(names = "--dark-share", defaultValue = "-1", description = "share of each seed section's darkest voxels left uncoloured, "
			+ "like the unlabelled boundaries of training data; -1 = the share of 0 in the given seed section (default ${DEFAULT-VALUE})")
	double darkShare;

	@Option(names = "--tile", defaultValue = "0", description = "track in x, y tiles of this size stitched by overlap (0 = one tile; default ${DEFAULT-VALUE})")
	int tile;

	@Option(names = "--one-at-a-time", description = "single-object mode: one network pass per object (the slow baseline)")
	boolean oneAtATime;

	@Option(names = "--seed", defaultValue = "1", description = "seed of the code words (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "LOCATION", description = "tracked labels (file.h5:/labels, file.tif)")
	String output;

	@Override
	public Integer call() throws Exception {
		Volume<? extends RealType<?>> em = VolumeFiles.read(raw);
		Path seedFile = VolumeLocation.parse(seeds).file();
		RandomAccessibleInterval<? extends IntegerType<?>> seedLabels = LabelVolumes.of(VolumeFiles.read(seeds).data(), seedFile);
		ColourModel network = ColourModel.load(model);
		var labels = ArrayImgs.unsignedLongs(em.data().dimensionsAsLongArray());
		double dark = darkShare >= 0 ? darkShare : Sections.zeroShare(Sections.labels(seedLabels, seedLabels.numDimensions() > 2 ? seedLabels.min(2) : 0));
		Supplier<SectionTracker> trackers = () -> oneAtATime ? new SingleObjectTracker(network, 0)
				: new CrossClassificationTracker(network, digits, redundant, minAgreement, seed).eraseDarkestSeeds(dark);
		SectionRegions decodeBy = regions(em);
		try {
			if (tile > 0)
				BlockwiseTracking.track(trackers, decodeBy, Views.zeroMin(em.data()), Views.zeroMin(seedLabels), labels, tile, Math.max(1, tile / 8),
						minSize, TerminalProgress.onStderr());
			else
				SectionSweep.track(trackers.get(), decodeBy, Views.zeroMin(em.data()), Views.zeroMin(seedLabels), labels, minSize,
						TerminalProgress.onStderr());
		} catch (IllegalArgumentException e) {
			throw new BadInputException(seedFile, e.getMessage());
		}
		VolumeFiles.write(new Volume<>(labels, em.voxelSize()), output);
		System.out.println("written: " + output);
		return 0;
	}

	private SectionRegions regions(Volume<? extends RealType<?>> em) throws java.io.IOException {
		if (regions.equals("voxel"))
			return null;
		if (regions.equals("em"))
			return EmRegions.defaults();
		Volume<? extends RealType<?>> p = VolumeFiles.read(regions);
		if (!net.imglib2.util.Intervals.equalDimensions(p.data(), em.data()))
			throw new BadInputException(VolumeLocation.parse(regions).file(), "boundary map is not the size of the EM");
		return new ProbabilityRegions(ProbabilityMaps.asProbability(Views.zeroMin(p.data()), false), 0.3, 1.5);
	}
}
