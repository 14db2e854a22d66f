package connectomej.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;

import connectomej.io.bdv.BdvChannel;
import connectomej.io.bdv.BdvN5Export;
import connectomej.io.n5.N5Store;
import connectomej.volume.VoxelSize;

/** The run's BigDataViewer export: EM and segments as two setups of {@code volume.xml} over {@code volume.n5}. */
final class BigDataViewerStage {

	/** The channels of the export, setup 0 first. */
	static final List<BdvChannel> CHANNELS = List.of(new BdvChannel("EM", PipelineDatasets.RAW, false),
			new BdvChannel("segments", PipelineDatasets.SEGMENTS, true));

	/** The stage's name in progress and reports. */
	static final String STAGE = "bigdataviewer";

	private BigDataViewerStage() {}

	static void export(N5Store store, OutputFolder folder, VoxelSize voxelSize, ExecutorService executor) throws IOException {
		BdvN5Export.export(store, CHANNELS, voxelSize, folder.bigDataViewerXml(), executor);
	}
}
