package connectomej.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import connectomej.io.bdv.BdvChannel;
import connectomej.io.bdv.BdvN5Export;
import connectomej.io.n5.N5Store;
import connectomej.volume.VoxelSize;

/**
 * The run's BigDataViewer export: EM and segments, and the synapse labels and the variance map when the slow pass
 * wrote them, as setups of {@code volume.xml} over {@code volume.n5}.
 */
final class BigDataViewerStage {

	/** The channels of the export, setup 0 first. */
	static final List<BdvChannel> CHANNELS = List.of(new BdvChannel("EM", PipelineDatasets.RAW, false),
			new BdvChannel("segments", PipelineDatasets.SEGMENTS, true));

	/** Slow-pass datasets exported as further setups when present. */
	static final List<BdvChannel> SLOW_PASS_CHANNELS = List.of(new BdvChannel("synapses", SynapseStep.LABELS, true),
			new BdvChannel("uncertainty", UncertaintyStep.VARIANCE, false));

	/** The stage's name in progress and reports. */
	static final String STAGE = "bigdataviewer";

	private BigDataViewerStage() {}

	/** Writes the pyramids and the XML for EM, segments and whichever slow-pass channels exist. */
	static void export(N5Store store, OutputFolder folder, VoxelSize voxelSize, ExecutorService executor) throws IOException {
		List<BdvChannel> channels = new ArrayList<>(CHANNELS);
		channels.addAll(slowPassChannels(store));
		BdvN5Export.export(store, channels, voxelSize, folder.bigDataViewerXml(), executor);
	}

	/** The slow-pass channels whose datasets the store holds. */
	static List<BdvChannel> slowPassChannels(N5Store store) throws IOException {
		List<BdvChannel> present = new ArrayList<>();
		for (BdvChannel c : SLOW_PASS_CHANNELS)
			if (store.datasetExists(c.dataset()))
				present.add(c);
		return present;
	}
}
