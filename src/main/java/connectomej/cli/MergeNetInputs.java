package connectomej.cli;

import java.io.IOException;
import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.merge.LabelGrid;
import connectomej.merge.WindowShape;
import connectomej.volume.Volume;
import net.imglib2.type.numeric.RealType;

/** Reading label volumes and window options for the mergenet subcommands. */
final class MergeNetInputs {

	private MergeNetInputs() {}

	/** A label volume as a grid; labels nothing -> bad input. */
	static LabelGrid labels(String location) throws IOException {
		Path file = VolumeLocation.parse(location).file();
		Volume<? extends RealType<?>> v = VolumeFiles.read(location);
		LabelGrid grid = LabelGrid.of(LabelVolumes.of(v.data(), file), v.voxelSize());
		if (grid.isEmpty())
			throw new BadInputException(file, "the segmentation is empty: every voxel is 0 (no object)");
		return grid;
	}

	/** "48" or "48,48,32" as x, y, z extents; null stays null. */
	static int[] extent(String text) {
		if (text == null)
			return null;
		String[] parts = text.split(",");
		if (parts.length != 1 && parts.length != 3)
			throw new BadInputException(null, "--window takes one size or x,y,z sizes in voxels, got '" + text + "'");
		int[] e = new int[3];
		try {
			for (int d = 0; d < 3; d++)
				e[d] = Integer.parseInt(parts[parts.length == 1 ? 0 : d].trim());
		} catch (NumberFormatException ex) {
			throw new BadInputException(null, "--window takes whole numbers of voxels, got '" + text + "'");
		}
		return e;
	}

	/** A window shape, a misfit being bad input. */
	static WindowShape shape(int[] extent, int grid) {
		try {
			return new WindowShape(extent, grid);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, e.getMessage());
		}
	}
}
