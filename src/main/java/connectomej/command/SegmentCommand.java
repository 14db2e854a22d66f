package connectomej.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.ij1.ImageInputs;
import connectomej.ij1.ImagePlusBridge;
import connectomej.ij1.LabelLut;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.pipeline.Pipeline;
import connectomej.progress.ProgressListener;
import connectomej.segment.AgglomerationSettings;
import connectomej.segment.EdgeScore;
import connectomej.segment.FastPass;
import connectomej.segment.ProbabilityMaps;
import connectomej.segment.SegmentedObjects;
import connectomej.segment.SegmentedVolume;
import connectomej.segment.WatershedSettings;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Segment (Fast Pass), like {@code connectomej segment}: a membrane probability map (a file, or the current image)
 * -> seeded watershed supervoxels -> agglomeration (Meirovitch et al. 2016) -> a label image and an object table;
 * with {@code output_folder}, also {@code segments.tif}, {@code objects.csv} and {@code skeletons.swc} there.
 */
@Plugin(type = Command.class, headless = true, label = "Segment (Fast Pass)")
public class SegmentCommand extends LongRunning {

	/** File names written into {@code output_folder}. */
	public static final String SEGMENTS = "segments.tif", OBJECTS = "objects.csv", SKELETONS = "skeletons.swc";

	@Parameter(persist = false, label = "probabilities", required = false, description = "membrane probability map: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr; empty = the current image")
	String probabilities;

	@Parameter(persist = false, label = "image", required = false, description = "the map to segment when no file is given")
	ImagePlus image;

	@Parameter(persist = false, label = "invert", description = "the map is dark on membranes: use 1 - value")
	boolean invert;

	@Parameter(persist = false, label = "threshold", description = "agglomeration threshold in [0, 1]")
	double threshold = 0.5;

	@Parameter(persist = false, label = "seed_threshold", description = "watershed seeds below this probability")
	double seed_threshold = 0.5;

	@Parameter(persist = false, label = "min_seed_distance", description = "seeds only this far (nm) from membrane")
	double min_seed_distance;

	@Parameter(persist = false, label = "per_section", description = "2D watershed per z section (serial sections)")
	boolean per_section;

	@Parameter(persist = false, label = "min_size", description = "merge or drop objects below this many voxels")
	long min_size;

	@Parameter(persist = false, label = "skeletons", description = "TEASAR skeletons (skeleton lengths in the table, skeletons.swc)")
	boolean skeletons = true;

	@Parameter(persist = false, label = "voxel_size", required = false, description = "voxel size in nm, x,y,z (e.g. 4,4,40; empty = the "
			+ "map's own calibration); needed when it records none (PNG slices, single-section TIFFs, HDF5 without a resolution)")
	String voxel_size;

	@Parameter(persist = false, label = "output_folder", required = false, style = "directory", description = "folder for segments.tif, objects.csv, skeletons.swc (optional)")
	File output_folder;

	@Parameter(type = ItemIO.OUTPUT)
	ImagePlus segments;

	@Parameter(type = ItemIO.OUTPUT)
	ResultsTable objects;

	@Override
	protected void execute(ProgressListener progress) throws IOException {
		Path folder = OptionalInputs.outputFolder(output_folder);
		VoxelSize voxelSize = OptionalInputs.voxelSize(voxel_size, "voxel_size");
		if (folder != null)
			VolumeFiles.requireWritable(folder.resolve(SEGMENTS).toString(), probabilities);
		Volume<? extends RealType<?>> stored = ImageInputs.volume(probabilities, image, "probabilities");
		ProbabilityMaps.requireProbabilities(stored.data(), ImageInputs.given(probabilities) ? VolumeLocation.parse(probabilities.trim()).file() : null);
		Volume<FloatType> map = stored.with(ProbabilityMaps.asProbability(stored.data(), invert));
		Volume<FloatType> p = voxelSize == null ? map : new Volume<>(map.data(), voxelSize);
		ExecutorService executor = Pipeline.defaultExecutor();
		try {
			SegmentedVolume result = SegmentedVolume.of(p, null, settings(), executor, progress);
			SegmentedObjects found = SegmentedObjects.of(result.segments().data(), p.voxelSize(), skeletons, executor, progress);
			if (folder != null)
				save(result, found, Files.createDirectories(folder));
			segments = ImagePlusBridge.toImagePlus(result.segments(), "segments");
			LabelLut.apply(segments);
			objects = TableResults.of(found.table());
		} finally {
			executor.shutdownNow();
		}
	}

	private FastPass.Settings settings() {
		FastPass.Settings d = FastPass.Settings.defaults();
		return new FastPass.Settings(new WatershedSettings(seed_threshold, min_seed_distance, per_section),
				new AgglomerationSettings(threshold, EdgeScore.MEAN, min_size), d.blockSize(), d.halo());
	}

	private void save(SegmentedVolume result, SegmentedObjects found, Path folder) throws IOException {
		VolumeFiles.write(result.segments(), folder.resolve(SEGMENTS).toString());
		found.writeTable(folder.resolve(OBJECTS));
		if (skeletons)
			found.writeSwc(folder.resolve(SKELETONS));
	}
}
