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
 */
public record ModelInfo(int formatVersion, String task, int dimensions, int inputChannels, List<String> outputChannels,
		Normalization normalization, VoxelSize voxelSize, int[] patchSize, long[] receptiveField, int sizeMultiple,
		Training training, Map<String, Double> validationMetrics) {

	/** The format version this build writes and reads. */
	public static final int FORMAT_VERSION = 1;

	/** The name of the description inside the model zip. */
	public static final String ENTRY = "connectomej-model.json";

	public ModelInfo {
		outputChannels = List.copyOf(outputChannels);
		validationMetrics = Map.copyOf(validationMetrics);
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
				patchSize, receptiveField, sizeMultiple, training, metrics);
	}

	/** A copy for another task with one output channel of that name, e.g. {@code "cleft"}. */
	public ModelInfo withTask(String newTask) {
		return new ModelInfo(formatVersion, newTask, dimensions, inputChannels, List.of(newTask), normalization, voxelSize,
				patchSize, receptiveField, sizeMultiple, training, validationMetrics);
	}

	/**
	 * Voxels a block-wise prediction reads beyond each block side, x, y, z: half the receptive field, and in z, for a
	 * 2D model that reads c sections (2.5D), c / 2 sections.
	 */
	public long[] blockHalo() {
		return new long[] { receptiveField[0] / 2, receptiveField[1] / 2,
				receptiveField.length > 2 ? receptiveField[2] / 2 : inputChannels / 2 };
	}
}
