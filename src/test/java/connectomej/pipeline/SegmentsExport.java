package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import connectomej.io.VolumeFiles;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.volume.Volume;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * Copies a run's segments out of its N5 container into a volume file, for tools that read {@code VolumeFiles}
 * locations (ACCURACY.md, issue 7 figure on the fast pass's segmentation):
 * {@code java -cp ... connectomej.pipeline.SegmentsExport RUN_FOLDER OUT.h5:/seg}.
 */
public final class SegmentsExport {

	private SegmentsExport() {}

	public static void main(String[] args) throws IOException {
		N5Store store = N5Store.open(Path.of(args[0]).resolve("volume.n5"));
		var attributes = store.datasetAttributes(PipelineDatasets.SEGMENTS);
		var segments = N5Images.readInterval(store, PipelineDatasets.SEGMENTS, attributes.interval(), new UnsignedLongType());
		VolumeFiles.write(new Volume<>(segments, PipelineDatasets.voxelSize(store)), args[1]);
		System.out.println("wrote " + args[1]);
	}
}
