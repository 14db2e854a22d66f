package connectomej.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import connectomej.io.BadInputException;
import connectomej.nn.ModelInfo;
import connectomej.volume.VoxelSize;

/**
 * MergeNet model descriptions: {@code patchSize} holds the network's grid per axis, {@code receptiveField} the
 * window extent in volume voxels it was trained with.
 */
public final class MergeNetModels {

	private MergeNetModels() {}

	/**
	 * The description of a trained MergeNet.
	 *
	 * @param dimensions 2 or 3
	 * @param extent window extent, voxels per axis (x, y(, z))
	 * @param grid network input cells per axis
	 */
	public static ModelInfo info(int dimensions, int[] extent, int grid, VoxelSize voxelSize, ModelInfo.Training training,
			Map<String, Double> metrics) {
		int[] patch = new int[dimensions];
		long[] field = new long[dimensions];
		for (int d = 0; d < dimensions; d++) {
			patch[d] = grid;
			field[d] = extent[d];
		}
		return new ModelInfo(ModelInfo.FORMAT_VERSION, MergeNet.TASK, dimensions, 1, List.of("merge"),
				new ModelInfo.Normalization(0, 1), voxelSize, patch, field, 1, training, metrics);
	}

	/**
	 * The window a 3D model reads: its own extent, or {@code extent} when given.
	 *
	 * @param modelFile named in errors
	 * @param extent voxels per axis x, y, z, or null for the model's
	 * @throws BadInputException when the model is not 3D or the window does not fit its grid
	 */
	public static WindowShape window(ModelInfo info, int[] extent, Path modelFile) {
		if (info.dimensions() != 3)
			throw new BadInputException(modelFile, "this MergeNet is " + info.dimensions() + "D; volumes need a 3D model");
		int grid = info.patchSize()[0];
		int[] e = extent != null ? extent : new int[] { (int) info.receptiveField()[0], (int) info.receptiveField()[1],
				(int) info.receptiveField()[2] };
		try {
			return new WindowShape(e, grid);
		} catch (IllegalArgumentException ex) {
			throw new BadInputException(modelFile, ex.getMessage());
		}
	}
}
