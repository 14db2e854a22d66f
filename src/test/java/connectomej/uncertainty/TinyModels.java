package connectomej.uncertainty;

import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.nn.ModelInfo;
import connectomej.nn.ReceptiveField;
import connectomej.nn.ShallowMembraneNet;
import connectomej.nn.StoredModel;
import connectomej.nn.TrainingDropout;
import connectomej.volume.VoxelSize;

/** Untrained tiny membrane models for tests: 2 convolutions of 4 maps and the logits. */
final class TinyModels {

	static final ShallowMembraneNet.Settings SETTINGS = new ShallowMembraneNet.Settings(2, 1, 1, 4, 2, 11, 1e-3);

	private TinyModels() {}

	static StoredModel plain() {
		return new StoredModel(ShallowMembraneNet.create(SETTINGS), info());
	}

	/** The same net with dropout 0.5 on the inputs of conv1 and the logits. */
	static StoredModel withDropout() {
		ComputationGraph net = new ComputationGraph(TrainingDropout.add(ShallowMembraneNet.configuration(SETTINGS), 0.5));
		net.init();
		return new StoredModel(net, info());
	}

	static ModelInfo info() {
		return new ModelInfo(1, "membrane", 2, 1, List.of("membrane"), ModelInfo.Normalization.UNIT_RANGE, VoxelSize.UNIT,
				new int[] { 16, 16 }, ReceptiveField.of(ShallowMembraneNet.configuration(SETTINGS), 2).size(), 1,
				new ModelInfo.Training("none", "TinyModels"), Map.of());
	}
}
