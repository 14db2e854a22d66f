package connectomej.pipeline;

import java.nio.file.Path;
import java.util.Locale;

import connectomej.io.BadInputException;

/**
 * The size limit of the slow-pass steps that hold the whole volume in memory (the synapse rules and MergeNet's label
 * grid): {@value #MAX_VOXELS} voxels (64 Mi, e.g. 512 x 512 x 256), for which they need about 40 bytes per voxel of
 * heap, 2.7 GB at the limit. Larger volumes are refused before anything runs.
 */
public final class WholeVolumeLimit {

	/** The largest volume a whole-volume step accepts, voxels. */
	public static final long MAX_VOXELS = 1L << 26;

	private WholeVolumeLimit() {}

	/**
	 * @param dimensions voxels x, y, z
	 * @param step named in the message, e.g. "the synapse step"
	 * @param file named in the message (the input volume)
	 * @throws BadInputException when the volume has more than {@value #MAX_VOXELS} voxels
	 */
	public static void check(long[] dimensions, String step, Path file) {
		long voxels = dimensions[0] * dimensions[1] * dimensions[2];
		if (voxels > MAX_VOXELS)
			throw new BadInputException(file, String.format(Locale.ROOT, "%d x %d x %d = %,d voxels; %s of run holds the whole "
					+ "volume in memory and handles at most %,d: run it on crops with its own command", dimensions[0], dimensions[1],
					dimensions[2], voxels, step, MAX_VOXELS));
	}
}
