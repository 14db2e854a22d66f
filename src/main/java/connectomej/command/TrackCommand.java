package connectomej.command;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.ij1.ImageJProgress;
import connectomej.ij1.ImagePlusBridge;
import connectomej.ij1.LabelLut;
import connectomej.io.VolumeFiles;
import connectomej.track.TrackFiles;
import connectomej.volume.Volume;
import ij.ImagePlus;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * Track Objects (3C): follows the objects of a seed section through an EM stack with cross-classification
 * clustering (Meirovitch, Mi et al. 2018, arXiv 1812.01157), as {@code connectomej track} does; the tracked labels
 * come out as a label image with the label lookup table, and also as {@value TrackFiles#LABELS} in
 * {@code output_folder} when one is given.
 */
@Plugin(type = Command.class, headless = true, label = "Track Objects (3C)")
public class TrackCommand implements Command {

	@Parameter(persist = false, label = "raw", description = "EM volume: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr")
	String raw;

	@Parameter(persist = false, label = "seeds", description = "labels whose first section holds the objects to follow (0 = none)")
	String seeds;

	@Parameter(persist = false, label = "model", required = false, description = "3C model .zip (blank: the shipped track-3c-k4)")
	File model;

	@Parameter(persist = false, label = "digits", description = "code digits, 0 = ceil(log_k N) per section")
	int digits = TrackFiles.Settings.defaults().digits();

	@Parameter(persist = false, label = "redundant", description = "redundant code digits")
	int redundant = TrackFiles.Settings.defaults().redundant();

	@Parameter(persist = false, label = "min_size", description = "voxels for an unclaimed region to become a new object")
	int min_size = TrackFiles.Settings.defaults().minSize();

	@Parameter(persist = false, label = "one_at_a_time", description = "one network pass per object (the slow baseline)")
	boolean one_at_a_time = TrackFiles.Settings.defaults().oneAtATime();

	@Parameter(persist = false, label = "seed", description = "seed of the code words")
	long seed = TrackFiles.Settings.defaults().seed();

	@Parameter(persist = false, label = "regions", description = "decode over regions of each next section: em (a watershed of the EM), voxel, "
			+ "membranes (a watershed of membranes predicted by the shipped U-Net; recommended for TEM with min_overlap 0.5) or a boundary map "
			+ "(file.h5:/boundary_prob)")
	String regions = TrackFiles.Decoding.defaults().regions();

	@Parameter(persist = false, label = "min_agreement", description = "a region joins the seed object whose code word it agrees with best "
			+ "if the agreement is at least this, else it starts a new object")
	double min_agreement = TrackFiles.Decoding.defaults().minAgreement();

	@Parameter(persist = false, label = "min_overlap", description = "each seed object keeps its best region; other regions go to the seed "
			+ "object that covered at least this share of them (0.5 recommended with membranes; 0 = each region takes its best code word)")
	double min_overlap = TrackFiles.Decoding.defaults().minOverlap();

	@Parameter(persist = false, label = "supervoxels", required = false, description = "3D supervoxels whose sections are the regions "
			+ "(e.g. the fast pass's watershed before agglomeration; blank: none)")
	String supervoxels;

	@Parameter(persist = false, label = "snap_to", required = false, description = "3D supervoxels each of which then takes the object most "
			+ "of its voxels were tracked to (e.g. the fast pass's watershed before agglomeration; blank: none)")
	String snap_to;

	@Parameter(persist = false, label = "output_folder", required = false, style = "directory", description = "folder for " + TrackFiles.LABELS + " (optional)")
	File output_folder;

	@Parameter(type = ItemIO.OUTPUT)
	ImagePlus labels;

	@Override
	public void run() {
		try {
			var d = TrackFiles.Decoding.defaults();
			var decoding = new TrackFiles.Decoding(regions, min_agreement, d.darkShare(), d.boundary(), min_overlap, d.secondary(),
					d.membraneModel(), d.seedThreshold(), supervoxels == null || supervoxels.isBlank() ? null : supervoxels);
			var settings = new TrackFiles.Settings(digits, redundant, min_size, one_at_a_time, seed, decoding, 0);
			String snapTo = snap_to == null || snap_to.isBlank() ? null : snap_to;
			Path folder = OptionalInputs.outputFolder(output_folder);
			if (folder != null)
				VolumeFiles.requireWritable(folder.resolve(TrackFiles.LABELS).toString(), raw, seeds, decoding.supervoxels(), decoding.mapLocation(),
						snapTo);
			Path network = OptionalInputs.modelOrDefault(model, TrackFiles.DEFAULT_MODEL);
			Volume<UnsignedLongType> tracked = TrackFiles.track(raw, seeds, network, settings, snapTo, new ImageJProgress());
			if (folder != null)
				VolumeFiles.write(tracked, Files.createDirectories(folder).resolve(TrackFiles.LABELS).toString());
			labels = ImagePlusBridge.toImagePlus(tracked, "tracked labels");
			LabelLut.apply(labels);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
