package connectomej.nn;

import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.volume.VoxelSize;

/**
 * The membrane network families a user can train by name: {@code shallow} ({@link ShallowMembraneNet}, built for
 * throughput) and {@code unet} ({@link UNet}, 4 levels 16-32-64-128, more context).
 */
public enum MembraneModels {

	/** 4 layers of 3x3 convolutions with 32 maps, receptive field 9 x 9. */
	SHALLOW(1, 64),
	/** A 4-level 2D U-Net, receptive field about 140 x 140. */
	UNET(8, 128);

	private final int sizeMultiple, defaultPatchSize;

	MembraneModels(int sizeMultiple, int defaultPatchSize) {
		this.sizeMultiple = sizeMultiple;
		this.defaultPatchSize = defaultPatchSize;
	}

	/** Input sizes must be multiples of this, voxels. */
	public int sizeMultiple() {
		return sizeMultiple;
	}

	/** A training patch side that suits the family, voxels. */
	public int defaultPatchSize() {
		return defaultPatchSize;
	}

	/**
	 * A freshly initialised one-output membrane network of this family.
	 *
	 * @param seed weight initialisation seed
	 * @param learningRate Adam learning rate
	 */
	public ComputationGraph create(long seed, double learningRate) {
		if (this == SHALLOW)
			return ShallowMembraneNet.create(new ShallowMembraneNet.Settings(2, 1, 1, 32, 4, seed, learningRate));
		return UNet.create(new UNet.Settings(2, 1, 1, 4, 16, seed, learningRate));
	}

	/**
	 * The description of a network of this family before training: task {@value MembranePredictor#TASK}, one input
	 * channel normalized by 1/255, receptive field computed from the network.
	 *
	 * @param network a network from {@link #create}
	 * @param voxelSize voxel size of the training data, nm
	 * @param patchSize training patch side, voxels
	 * @param training data and command
	 */
	public ModelInfo describe(ComputationGraph network, VoxelSize voxelSize, int patchSize, ModelInfo.Training training) {
		return new ModelInfo(ModelInfo.FORMAT_VERSION, MembranePredictor.TASK, 2, 1, List.of(MembranePredictor.TASK),
				ModelInfo.Normalization.UNIT_RANGE, voxelSize, new int[] { patchSize, patchSize },
				ReceptiveField.of(network.getConfiguration(), 2).size(), sizeMultiple, training, Map.of());
	}
}
