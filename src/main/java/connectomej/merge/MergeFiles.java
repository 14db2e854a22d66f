package connectomej.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import connectomej.io.BadInputException;
import connectomej.io.CsvTable;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.progress.ProgressListener;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.type.numeric.RealType;

/**
 * Merge-error detection from files, as the command line and the Fiji command do it (MergeNet, Rolnick et al. 2017,
 * arXiv 1705.10882): the model and the segmentation are read and checked before anything is computed; nothing is
 * written.
 */
public final class MergeFiles {

	/** Windows scored per network call. */
	public static final int BATCH = 64;

	/**
	 * Ranked merge candidates of one segmentation.
	 *
	 * @param candidates highest score first
	 * @param voxelSize the segmentation's voxel size, nm, axes x, y, z
	 */
	public record Detection(List<MergeCandidate> candidates, VoxelSize voxelSize) {

		/** The table of {@link MergeCandidates#table}: rank, object id, score, worst window in voxels and nm, ... */
		public CsvTable table() {
			return MergeCandidates.table(candidates, voxelSize);
		}
	}

	private MergeFiles() {}

	/**
	 * A label volume as a grid.
	 *
	 * @param location file.tif, folder of PNGs or file.h5:/dataset; axes x, y, z
	 * @throws BadInputException when it labels nothing, and every problem of reading it
	 */
	public static LabelGrid labels(String location) throws IOException {
		Path file = VolumeLocation.parse(location).file();
		Volume<? extends RealType<?>> v = VolumeFiles.read(location);
		LabelGrid grid = LabelGrid.of(LabelVolumes.of(v.data(), file), v.voxelSize());
		if (grid.isEmpty())
			throw new BadInputException(file, "the segmentation is empty: every voxel is 0 (no object)");
		return grid;
	}

	/**
	 * Window extents in voxels from text: "48" for a cube or "48,48,32" for x, y, z; blank or null is null (the
	 * model's own).
	 *
	 * @param option how the setting is named in errors, e.g. "--window"
	 * @throws BadInputException when it is neither one nor three whole numbers
	 */
	public static int[] extent(String text, String option) {
		if (text == null || text.isBlank())
			return null;
		String[] parts = text.split(",");
		if (parts.length != 1 && parts.length != 3)
			throw new BadInputException(null, option + " takes one size or x,y,z sizes in voxels, got '" + text + "'");
		int[] e = new int[3];
		try {
			for (int d = 0; d < 3; d++)
				e[d] = Integer.parseInt(parts[parts.length == 1 ? 0 : d].trim());
		} catch (NumberFormatException ex) {
			throw new BadInputException(null, option + " takes whole numbers of voxels, got '" + text + "'");
		}
		return e;
	}

	/**
	 * Scores every object of at least {@code minVoxels} voxels of a segmentation.
	 *
	 * @param model 3D MergeNet model file
	 * @param segmentation label volume location, 0 = background
	 * @param extent window extent in voxels, x, y, z, or null for the model's own
	 * @param minVoxels smaller objects are not scored, >= 0
	 * @param voxelSize voxel size in nm (x, y, z) in place of the segmentation's own, or null for its own: the samples
	 *            along each object are spaced in nm
	 * @throws BadInputException when {@code minVoxels} is negative (before anything is read), the model or window does
	 *         not fit, the segmentation is empty or every object is too small for a window
	 */
	public static Detection detect(Path model, String segmentation, int[] extent, long minVoxels, VoxelSize voxelSize,
			ProgressListener progress) throws IOException {
		BadInputException.require(minVoxels >= 0, "--min-voxels " + minVoxels + ": the smallest object scored must be at least 0 voxels");
		WindowShape shape = MergeNetModels.window(ModelFiles.readInfo(model), extent, model);
		LabelGrid read = labels(segmentation);
		LabelGrid grid = voxelSize == null ? read : new LabelGrid(read.labels(), read.width(), read.height(), read.depth(), voxelSize);
		MergeDetection.Settings settings = new MergeDetection.Settings(shape, minVoxels, BATCH);
		MergeDetection.check(grid, settings, VolumeLocation.parse(segmentation).file());
		StoredModel stored = ModelFiles.load(model, MergeNet.TASK, 1);
		return new Detection(MergeDetection.detect(stored.network(), grid, settings, new MedialSamples(), progress),
				grid.voxelSize());
	}
}
