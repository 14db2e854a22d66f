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

	/** 3x3 convolutions with ReLU; default 4 layers of 32 maps, receptive field 9 x 9 (2 * depth + 1). */
	SHALLOW(32, 4, 64),
	/** A 2D U-Net; default 4 levels 16-32-64-128, receptive field 96 x 96. */
	UNET(16, 4, 128);

	private final int defaultWidth, defaultDepth, defaultPatchSize;

	MembraneModels(int defaultWidth, int defaultDepth, int defaultPatchSize) {
		this.defaultWidth = defaultWidth;
		this.defaultDepth = defaultDepth;
		this.defaultPatchSize = defaultPatchSize;
	}

	/** Feature maps per layer (shallow) or at full resolution (U-Net) unless chosen. */
	public int defaultWidth() {
		return defaultWidth;
	}

	/** Convolution layers (shallow) or resolution levels (U-Net) unless chosen. */
	public int defaultDepth() {
		return defaultDepth;
	}

	/** Input sizes must be multiples of this, voxels: 1 for the shallow net, 2^(depth - 1) for a U-Net. */
	public int sizeMultiple(int depth) {
		return this == SHALLOW ? 1 : 1 << (depth - 1);
	}

	/** A training patch side that suits the family, voxels. */
	public int defaultPatchSize() {
		return defaultPatchSize;
	}

	/**
	 * A freshly initialised one-output membrane network of this family.
	 *
	 * @param width feature maps per layer (shallow) or at full resolution (U-Net), >= 1
	 * @param depth convolution layers (shallow) or resolution levels (U-Net), >= 1
	 * @param seed weight initialisation seed
	 * @param learningRate Adam learning rate
	 */
	public ComputationGraph create(int width, int depth, long seed, double learningRate) {
		return create(width, depth, 1, seed, learningRate);
	}

	/**
	 * As {@link #create(int, int, long, double)} for a network that reads {@code sections} adjacent sections (2.5D).
	 *
	 * @param sections input channels: the sections centred on the predicted one, odd, >= 1
	 */
	public ComputationGraph create(int width, int depth, int sections, long seed, double learningRate) {
		if (this == SHALLOW)
			return ShallowMembraneNet.create(new ShallowMembraneNet.Settings(2, sections, 1, width, depth, seed, learningRate));
		return UNet.create(new UNet.Settings(2, sections, 1, depth, width, seed, learningRate));
	}

	/** {@link #create(int, int, long, double)} with the default width and depth. */
	public ComputationGraph create(long seed, double learningRate) {
		return create(defaultWidth, defaultDepth, seed, learningRate);
	}

	/**
	 * The description of a 2D network of this family before training: task {@value MembranePredictor#TASK}, one input
	 * channel normalized by 1/255, receptive field computed from the network.
	 *
	 * @param network a network from {@link #create}
	 * @param depth the depth it was created with
	 * @param voxelSize voxel size of the training data, nm
	 * @param patchSize training patch side, voxels
	 * @param training data and command
	 */
	public ModelInfo describe(ComputationGraph network, int depth, VoxelSize voxelSize, int patchSize, ModelInfo.Training training) {
		return describe(network, depth, 1, voxelSize, patchSize, training);
	}

	/**
	 * As {@link #describe(ComputationGraph, int, VoxelSize, int, ModelInfo.Training)} for a network that reads
	 * {@code sections} adjacent sections (the input channels, 2.5D when more than one).
	 */
	public ModelInfo describe(ComputationGraph network, int depth, int sections, VoxelSize voxelSize, int patchSize,
			ModelInfo.Training training) {
		return new ModelInfo(ModelInfo.FORMAT_VERSION, MembranePredictor.TASK, 2, sections, List.of(MembranePredictor.TASK),
				ModelInfo.Normalization.UNIT_RANGE, voxelSize, new int[] { patchSize, patchSize },
				ReceptiveField.of(network.getConfiguration(), 2).size(), sizeMultiple(depth), training, Map.of());
	}
}
