package connectomej.command;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.ij1.PointRois;
import connectomej.io.VolumeFiles;
import connectomej.synapse.ConnectomeFiles;
import connectomej.synapse.DetectedSynapse;
import connectomej.synapse.SynapseFiles;
import connectomej.synapse.SynapseResult;
import connectomej.synapse.SynapseRules;
import connectomej.volume.VoxelSize;
import ij.gui.Overlay;
import ij.measure.ResultsTable;

/**
 * Detect Synapses (compositional, Santurkar et al. 2017): cleft and vesicle probability maps and an optional
 * segmentation -> a synapse ResultsTable and one point ROI per synapse (at its centroid, named with its id and
 * pre->post); with {@code table_file}, the table as CSV (the columns of the command line's synapses.csv); with
 * {@code output_folder}, also the synapse table, connectome (CSV, GraphML) and synapse labels written there.
 */
@Plugin(type = Command.class, headless = true, label = "Detect Synapses")
public class DetectSynapsesCommand implements Command {

	@Parameter(persist = false, label = "cleft_map", description = "cleft probability map: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr")
	String cleft_map;

	@Parameter(persist = false, label = "vesicle_map", description = "vesicle probability map, same shape")
	String vesicle_map;

	@Parameter(persist = false, label = "segments", required = false, description = "segmentation (neuron ids), same shape; optional")
	String segments;

	@Parameter(persist = false, label = "cleft_threshold", description = "cleft probability threshold")
	double cleft_threshold = SynapseRules.Settings.defaults().cleftThreshold();

	@Parameter(persist = false, label = "cleft_low_threshold", description = "hysteresis: cleft voxels down to this probability "
			+ "join a candidate that reaches cleft_threshold; 1 = none")
	double cleft_low_threshold = 1;

	@Parameter(persist = false, label = "min_elongation", description = "smallest in-plane elongation of a cleft; 1 = off")
	double min_elongation = SynapseRules.Settings.defaults().minElongation();

	@Parameter(persist = false, label = "min_vesicle_density", description = "smallest mean vesicle probability on the presynaptic side")
	double min_vesicle_density = SynapseRules.Settings.defaults().minVesicleDensity();

	@Parameter(persist = false, label = "min_cleft_voxels", description = "smallest cleft, voxels")
	long min_cleft_voxels = SynapseRules.Settings.defaults().minCleftVoxels();

	@Parameter(persist = false, label = "side_distance_nm", description = "distance searched for vesicles on each side of a cleft, nm")
	double side_distance_nm = SynapseRules.Settings.defaults().sideDistanceNm();

	@Parameter(persist = false, label = "density_ratio", description = "presynaptic over postsynaptic vesicle density, at least")
	double density_ratio = SynapseRules.Settings.defaults().densityRatio();

	@Parameter(persist = false, label = "voxel_size", required = false, description = "voxel size in nm, x,y,z (e.g. 4,4,40; empty = the "
			+ "cleft map's own); needed when the maps record none (PNG slices, single-section TIFFs, HDF5 without a resolution)")
	String voxel_size;

	@Parameter(persist = false, label = "output_folder", required = false, style = "directory", description = "folder for synapses.csv and the connectome (optional)")
	File output_folder;

	@Parameter(persist = false, label = "table_file", required = false, description = "CSV file for the synapse table (optional)")
	File table_file;

	@Parameter(type = ItemIO.OUTPUT)
	ResultsTable synapses;

	@Parameter(type = ItemIO.OUTPUT)
	Overlay synapse_rois;

	@Override
	public void run() {
		try {
			String seg = segments == null || segments.isBlank() ? null : segments;
			SynapseRules.Settings rules = settings();
			rules.check();
			VoxelSize voxelSize = OptionalInputs.voxelSize(voxel_size, "voxel_size");
			requireWritable(OptionalInputs.path(output_folder), OptionalInputs.path(table_file), seg);
			SynapseResult r = SynapseFiles.detect(cleft_map, vesicle_map, seg, rules, voxelSize);
			synapses = table(r);
			synapse_rois = PointRois.synapses(r.synapses());
			if (OptionalInputs.path(output_folder) != null)
				r.writeFolder(output_folder.toPath());
			if (OptionalInputs.path(table_file) != null)
				ConnectomeFiles.writeSynapses(r.synapses(), r.voxelSize(), table_file.toPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Refuses, before the work, outputs (null = none) that would replace an input or a folder of other data. */
	private void requireWritable(Path folder, Path table, String seg) throws IOException {
		if (folder != null) {
			VolumeFiles.requireNotAnInput(folder, cleft_map, vesicle_map, seg);
			SynapseResult.requireWritableFolder(folder);
		}
		if (table != null)
			VolumeFiles.requireNotAnInput(table, cleft_map, vesicle_map, seg);
	}

	private SynapseRules.Settings settings() {
		SynapseRules.Settings d = SynapseRules.Settings.defaults();
		return new SynapseRules.Settings(cleft_threshold, min_cleft_voxels, d.maxCleftVoxels(), min_elongation, side_distance_nm,
				min_vesicle_density, density_ratio, d.connectSections(), Math.min(cleft_low_threshold, cleft_threshold));
	}

	private static ResultsTable table(SynapseResult r) {
		ResultsTable t = new ResultsTable();
		for (DetectedSynapse s : r.synapses()) {
			t.incrementCounter();
			t.addValue("id", s.id());
			t.addValue("x", s.x());
			t.addValue("y", s.y());
			t.addValue("z", s.z());
			t.addValue("x_nm", s.x() * r.voxelSize().x());
			t.addValue("y_nm", s.y() * r.voxelSize().y());
			t.addValue("z_nm", s.z() * r.voxelSize().z());
			t.addValue("cleft_voxels", s.cleftVoxels());
			t.addValue("confidence", s.confidence());
			t.addValue("pre", s.pre());
			t.addValue("post", s.post());
		}
		return t;
	}
}
