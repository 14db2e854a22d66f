package connectomej.command;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.ij1.ImageJProgress;
import connectomej.ij1.PointRois;
import connectomej.ij1.ResultsTables;
import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.merge.MergeFiles;
import connectomej.volume.VoxelSize;
import ij.gui.Overlay;
import ij.measure.ResultsTable;

/**
 * Detect Merge Errors (MergeNet, Rolnick et al. 2017, arXiv 1705.10882), as {@code connectomej mergenet detect}
 * does: every object of a segmentation scored, ranked as a ResultsTable (rank, object id, score, worst window in
 * voxels and nm; saved as CSV when {@code table_file} is given), and each candidate as a point ROI at its worst window.
 */
@Plugin(type = Command.class, headless = true, label = "Detect Merge Errors")
public class DetectMergeErrorsCommand implements Command {

	@Parameter(persist = false, label = "segmentation", description = "segmentation labels: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr")
	String segmentation;

	@Parameter(persist = false, label = "model", description = "MergeNet model .zip (3D)")
	File model;

	@Parameter(persist = false, label = "window", required = false, description = "window in voxels, one size or x,y,z (blank: the model's)")
	String window;

	@Parameter(persist = false, label = "min_voxels", description = "objects smaller than this are not scored, voxels")
	long min_voxels = 1000;

	@Parameter(persist = false, label = "voxel_size", required = false, description = "voxel size in nm, x,y,z (e.g. 4,4,40; empty = the "
			+ "segmentation's own); needed when it records none (PNG slices, single-section TIFFs, HDF5 without a resolution)")
	String voxel_size;

	@Parameter(persist = false, label = "table_file", required = false, description = "CSV file for the ranked candidates (optional)")
	File table_file;

	@Parameter(type = ItemIO.OUTPUT)
	ResultsTable candidates;

	@Parameter(type = ItemIO.OUTPUT)
	Overlay candidate_rois;

	@Override
	public void run() {
		try {
			int[] extent = MergeFiles.extent(window, "window");
			VoxelSize voxelSize = OptionalInputs.voxelSize(voxel_size, "voxel_size");
			Path csv = OptionalInputs.path(table_file);
			if (csv != null)
				VolumeFiles.requireNotAnInput(csv, segmentation, model.getPath());
			MergeFiles.Detection found = MergeFiles.detect(model.toPath(), segmentation, extent, min_voxels, voxelSize, new ImageJProgress());
			if (csv != null)
				CsvTables.write(found.table(), csv);
			candidates = ResultsTables.of(found.table());
			candidate_rois = PointRois.mergeCandidates(found.candidates());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
