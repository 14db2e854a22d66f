package connectomej.command;

import java.io.File;
import java.io.IOException;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.ij1.ImageInputs;
import connectomej.ij1.ImagePlusBridge;
import connectomej.io.ArraySectionSink;
import connectomej.io.SectionSource;
import connectomej.io.VolumeFiles;
import connectomej.nn.MembraneMaps;
import connectomej.nn.MembranePredictor;
import connectomej.nn.SectionBlockInference;
import connectomej.nn.StoredModel;
import connectomej.progress.ProgressListener;
import connectomej.volume.Volume;
import ij.ImagePlus;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Predict Membranes, like {@code connectomej predict}: an EM volume (a file, or the current image) -> a 32-bit
 * membrane probability map, shown as an image and saved when {@code output_file} is given.
 */
@Plugin(type = Command.class, headless = true, label = "Predict Membranes")
public class PredictMembranesCommand extends LongRunning {

	@Parameter(persist = false, label = "input", required = false, description = "EM volume: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr; empty = the current image")
	String input;

	@Parameter(persist = false, label = "image", required = false, description = "the image to predict when no input file is given")
	ImagePlus image;

	@Parameter(persist = false, label = "model", required = false, description = "membrane model .zip (empty = the shipped model)")
	File model;

	@Parameter(persist = false, label = "tile_size", description = "tile core size in x and y, voxels")
	int tile_size = MembranePredictor.DEFAULT_TILE_SIZE;

	@Parameter(persist = false, label = "block_depth", description = "sections held in memory at once")
	int block_depth = SectionBlockInference.DEFAULT_BLOCK_DEPTH;

	@Parameter(persist = false, label = "output_file", required = false, description = "where to save the map: file.tif or file.h5:/dataset (optional)")
	String output_file;

	@Parameter(type = ItemIO.OUTPUT)
	ImagePlus probabilities;

	@Override
	protected void execute(ProgressListener progress) throws IOException {
		MembraneMaps.Settings settings = new MembraneMaps.Settings(tile_size, block_depth, Runtime.getRuntime().availableProcessors());
		settings.check();
		if (ImageInputs.given(output_file))
			VolumeFiles.requireWritable(output_file.trim(), input);
		StoredModel stored = MembraneMaps.loadModel(model == null || model.getPath().isBlank() ? null : model.toPath());
		Volume<FloatType> map;
		try (SectionSource source = ImageInputs.emSections(input, image, "input")) {
			ArraySectionSink sink = new ArraySectionSink(source.dimensions(), source.voxelSize());
			MembraneMaps.predict(source, stored, settings, sink, progress);
			sink.commit();
			map = sink.volume();
		}
		if (ImageInputs.given(output_file))
			VolumeFiles.write(map, output_file.trim());
		probabilities = ImagePlusBridge.toImagePlus(map, "membrane probabilities");
		probabilities.setDisplayRange(0, 1);
	}
}
