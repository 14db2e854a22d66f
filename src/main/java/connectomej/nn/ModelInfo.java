package connectomej.nn;

import java.util.List;
import java.util.Map;

import connectomej.volume.VoxelSize;

/**
 * What a model file says about its network: the content of {@code connectomej-model.json}.
 *
 * @param formatVersion version of this description; {@link #FORMAT_VERSION} is the one this build writes and reads
 * @param task what the network predicts, e.g. {@code "membrane"}, {@code "cleft"}, {@code "vesicle"}
 * @param dimensions 2 (applied section by section) or 3
 * @param inputChannels channels the network reads (1 for EM)
 * @param outputChannels the meaning of each output channel, e.g. {@code ["membrane"]}; its size is the count
 * @param normalization how raw 8-bit values become network input
 * @param voxelSize the voxel size of the training data, nm
 * @param patchSize training patch size, voxels, axes x, y (, z)
 * @param receptiveField receptive field, voxels, axes x, y (, z)
 * @param sizeMultiple input sizes per axis must be multiples of this (2^(levels - 1) for a U-Net, 1 otherwise)
 * @param training where the network came from
 * @param validationMetrics metric name to value on the validation data, e.g. {@code "pixel_f1" -> 0.93}
 * @param inputDownsampling in-plane factor f >= 1: the network sees each section as the means of f x f voxel blocks,
 *        and its output is interpolated back onto the section's voxels (2D one-channel models only). Patch size,
 *        receptive field and size multiple are on the network's own, coarser grid; {@code voxelSize} is that of the
 *        data the model is applied to. 1 = full resolution.
 */
public record ModelInfo(int formatVersion, String task, int dimensions, int inputChannels, List<String> outputChannels,
		Normalization normalization, VoxelSize voxelSize, int[] patchSize, long[] receptiveField, int sizeMultiple,
		Training training, Map<String, Double> validationMetrics, int inputDownsampling) {

	/** The format version this build writes and reads. */
	public static final int FORMAT_VERSION = 1;

	/** The name of the description inside the model zip. */
	public static final String ENTRY = "connectomej-model.json";

	public ModelInfo {
		outputChannels = List.copyOf(outputChannels);
		validationMetrics = Map.copyOf(validationMetrics);
		if (inputDownsampling < 1)
			throw new IllegalArgumentException("input downsampling must be >= 1, not " + inputDownsampling);
		if (inputDownsampling > 1 && (dimensions != 2 || inputChannels != 1))
			throw new IllegalArgumentException("input downsampling needs a 2D model with one input section");
	}

	/** A description of a network that sees the data at full resolution (input downsampling 1). */
	public ModelInfo(int formatVersion, String task, int dimensions, int inputChannels, List<String> outputChannels,
			Normalization normalization, VoxelSize voxelSize, int[] patchSize, long[] receptiveField, int sizeMultiple,
			Training training, Map<String, Double> validationMetrics) {
		this(formatVersion, task, dimensions, inputChannels, outputChannels, normalization, voxelSize, patchSize,
				receptiveField, sizeMultiple, training, validationMetrics, 1);
	}

	/** Number of output channels. */
	public int outputChannelCount() {
		return outputChannels.size();
	}

	/**
	 * Raw value to network input: {@code (raw - offset) / scale}.
	 *
	 * @param offset subtracted first (0 for "divide by 255", the mean for mean/std)
	 * @param scale divided by next (255, or the standard deviation), > 0
	 */
	public record Normalization(double offset, double scale) {

		/** Divide by 255: [0, 255] -> [0, 1]. */
		public static final Normalization UNIT_RANGE = new Normalization(0, 255);

		/** The network input for one raw value. */
		public float apply(double raw) {
			return (float) ((raw - offset) / scale);
		}
	}

	/**
	 * @param data what the network was trained on (files, sections)
	 * @param command the exact command that trained it
	 */
	public record Training(String data, String command) {}

	/** A copy with other validation metrics. */
	public ModelInfo withMetrics(Map<String, Double> metrics) {
		return new ModelInfo(formatVersion, task, dimensions, inputChannels, outputChannels, normalization, voxelSize,
				patchSize, receptiveField, sizeMultiple, training, metrics, inputDownsampling);
	}

	/** A copy with another input downsampling factor (1 = full resolution). */
	public ModelInfo withInputDownsampling(int factor) {
		return new ModelInfo(formatVersion, task, dimensions, inputChannels, outputChannels, normalization, voxelSize,
				patchSize, receptiveField, sizeMultiple, training, validationMetrics, factor);
	}

	/** A copy for another task with one output channel of that name, e.g. {@code "cleft"}. */
	public ModelInfo withTask(String newTask) {
		return new ModelInfo(formatVersion, newTask, dimensions, inputChannels, List.of(newTask), normalization, voxelSize,
				patchSize, receptiveField, sizeMultiple, training, validationMetrics, inputDownsampling);
	}

	/**
	 * Voxels a block-wise prediction reads beyond each block side, x, y, z: half the receptive field (in the data's
	 * voxels, so times the input downsampling f in x and y, rounded up to a multiple of f, so that blocks on a grid of
	 * multiples of f average the same voxel blocks as a whole prediction), and in z, for a 2D model that reads c
	 * sections (2.5D), c / 2 sections.
	 */
	public long[] blockHalo() {
		long[] inPlane = receptiveFieldInVoxels();
		long f = inputDownsampling;
		return new long[] { (inPlane[0] / 2 + f - 1) / f * f, (inPlane[1] / 2 + f - 1) / f * f,
				receptiveField.length > 2 ? receptiveField[2] / 2 : inputChannels / 2 };
	}

	/** The receptive field in the data's voxels, axes x, y: the network's own times the input downsampling. */
	public long[] receptiveFieldInVoxels() {
		return new long[] { receptiveField[0] * inputDownsampling, receptiveField[1] * inputDownsampling };
	}
}
