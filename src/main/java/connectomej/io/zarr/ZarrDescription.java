package connectomej.io.zarr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import connectomej.io.BadInputException;
import connectomej.volume.VoxelSize;

/** The text of {@link ZarrVolumes#describe}: one line per array, or per level of an OME-Zarr image. */
final class ZarrDescription {

	private ZarrDescription() {}

	/** A store of plain arrays (and groups). */
	static String ofStore(Path root, List<String> arrays) throws IOException {
		StringBuilder text = new StringBuilder("Zarr v2 store, " + arrays.size() + (arrays.size() == 1 ? " array" : " arrays") + "\n");
		for (String path : arrays) {
			Path array = ZarrStore.node(root, path);
			text.append("  ").append(path).append(": ").append(array(array, null, () -> ZarrVolumes.resolution(array))).append('\n');
		}
		return text.toString();
	}

	/** An OME-Zarr image at the store's root. */
	static String ofImage(Path root, OmeZarr image) throws IOException {
		StringBuilder text = new StringBuilder(String.format("OME-Zarr %s multiscale image%s, axes %s, %d level%s; level 0 is read%n",
				image.version(), image.name().isEmpty() ? "" : " \"" + image.name() + "\"", String.join(", ", image.axes()), image.paths().size(),
				image.paths().size() == 1 ? "" : "s"));
		for (int level = 0; level < image.paths().size(); level++) {
			int l = level;
			text.append("  level ").append(level).append(" /").append(image.paths().get(level)).append(": ")
					.append(array(root.resolve(image.paths().get(level)), image.axes(), () -> image.voxelSize(l))).append('\n');
		}
		return text.toString();
	}

	@FunctionalInterface
	private interface VoxelSizeOf {
		VoxelSize get() throws IOException;
	}

	private static String array(Path array, List<String> axes, VoxelSizeOf voxelSize) throws IOException {
		ZarrArrayMetadata m;
		try {
			m = ZarrArrayMetadata.read(array);
		} catch (BadInputException e) {
			return "not read: " + e.getMessage();
		}
		List<String> names = axes != null && axes.size() == m.numDimensions() ? axes : m.defaultAxes();
		VoxelSize v = voxelSize.get();
		return String.format("%s (%s) %s, chunks %s, %s, voxel size %s", ZarrArrayMetadata.joined(m.shape()), String.join(", ", names),
				m.dtype(), m.chunkShape(), m.compressor().label(), v.describe());
	}
}
