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

	@Option(names = "--regions", defaultValue = "em", paramLabel = "em|voxel|membranes|LOCATION", description = "decode by region vote over regions of "
			+ "each next section: em = a watershed of the EM, voxel = per voxel, membranes = a watershed of membranes predicted by "
			+ "--membrane-model (recommended for TEM sections of at least 96 x 96), or a boundary probability map "
			+ "(file.h5:/boundary_prob) whose per-section watershed gives the regions (default ${DEFAULT-VALUE})")
	String regions;

	@Option(names = "--supervoxels", paramLabel = "LOCATION", description = "decode over the sections of these 3D supervoxels (an over-segmentation "
			+ "of the same size as the EM, e.g. the fast pass's watershed: segment --threshold 0) instead of a per-section watershed; a boundary "
			+ "map from --regions still sets which voxels vote and which seed voxels are left uncoloured")
	String supervoxels;

	@Option(names = "--snap-to-supervoxels", paramLabel = "LOCATION", description = "after tracking, each of these 3D supervoxels (e.g. the "
			+ "fast pass's watershed: segment --threshold 0) takes the object most of its voxels were tracked to")
	String snapTo;

	@Option(names = "--membrane-model", paramLabel = "ZIP", description = "membrane model for --regions membranes (default: the shipped U-Net)")
	Path membraneModel;

	@Option(names = "--region-seeds", defaultValue = "0.3", description = "with a boundary map: the regions' watershed is seeded by the connected "
			+ "components below this probability (default ${DEFAULT-VALUE})")
	double regionSeeds;

	@Option(names = "--region-seed-distance", defaultValue = "0", description = "with a boundary map: the regions' watershed seeds lie at "
			+ "least this many voxels from voxels at or above --region-seeds; 0 = every voxel below it seeds (default ${DEFAULT-VALUE})")
	double regionSeedDistance;

	@Option(names = "--boundary", defaultValue = "0.5", description = "with a boundary map (--regions membranes or LOCATION): seed voxels above "
			+ "this probability are left uncoloured and region voxels at or above it do not vote; negative = neither (default ${DEFAULT-VALUE})")
	double boundary;

	@Option(names = "--min-overlap", defaultValue = "0", description = "resolve the region votes: each seed object keeps its best region; other "
			+ "regions go to the seed object that covered at least this share of them (0.5 recommended); <= 0 = each region simply takes its "
			+ "best code word (default ${DEFAULT-VALUE})")
	double minOverlap;

	@Option(names = "--secondary", defaultValue = "NEW_OBJECT", description = "with --min-overlap, a second region of a seed object that no "
			+ "seed object covered enough becomes: NEW_OBJECT, IF_TOUCHING (the voted object if it touches that object's best region, "
			+ "else a new object) or VOTE (the voted object) (default ${DEFAULT-VALUE})")
	connectomej.track.RegionAssignment.Secondary secondary;

	@Option(names = "--min-agreement", defaultValue = "0.6", description = "a region joins the seed object whose code word it agrees with best "
			+ "if the agreement (mean colour probability) is at least this, else it starts a new object (default ${DEFAULT-VALUE})")
	double minAgreement;

	@Option(names = "--dark-share", defaultValue = "-1", description = "share of each seed section's darkest voxels left uncoloured, "
			+ "like the unlabelled boundaries of training data; -1 = the share of 0 in the given seed section with EM regions, "
			+ "none with a boundary map (default ${DEFAULT-VALUE})")
	double darkShare;

	@Option(names = "--entering-share", defaultValue = "0", description = "a region at least this share over uncoloured seed voxels "
			+ "(boundary beneath, see --boundary) starts a new object: an object entering the stack; 0 = off (default ${DEFAULT-VALUE})")
	double enteringShare;

	@Option(names = "--voxel-confidence", defaultValue = "2", description = "in region decoding, a voxel whose own colours name an object "
			+ "with every digit at least this probable keeps it inside its region; above 1 = none (default ${DEFAULT-VALUE})")
	double voxelConfidence;

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
		var decoding = new TrackFiles.Decoding(regions, minAgreement, darkShare, boundary, minOverlap, secondary, membraneModel, regionSeeds,
				supervoxels, enteringShare, voxelConfidence, regionSeedDistance);
		VolumeFiles.requireWritable(output, raw, seeds, supervoxels, decoding.mapLocation(), snapTo);
		var settings = new TrackFiles.Settings(digits, redundant, minSize, oneAtATime, seed, decoding, tile);
		VolumeFiles.write(TrackFiles.track(raw, seeds, model, settings, snapTo, TerminalProgress.onStderr()), output);
		System.out.println("written: " + output);
		return 0;
	}
}
