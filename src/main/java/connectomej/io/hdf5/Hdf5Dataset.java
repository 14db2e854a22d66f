package connectomej.io.hdf5;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import connectomej.volume.Volume;
import net.imglib2.type.numeric.RealType;

/**
 * One dataset to write into an HDF5 file.
 *
 * @param path absolute dataset path such as {@code /volumes/raw}; missing groups are created
 * @param volume the voxels, axes x, y, z (stored as an HDF5 array [z][y][x])
 * @param attributes attributes of the dataset: values are String, Number or primitive arrays
 */
public record Hdf5Dataset(String path, Volume<? extends RealType<?>> volume, Map<String, Object> attributes) {

	public Hdf5Dataset {
		Objects.requireNonNull(volume, "volume");
		if (path == null || !path.startsWith("/") || path.endsWith("/") || path.contains("//"))
			throw new IllegalArgumentException("dataset path must look like /group/name, got " + path);
		attributes = Map.copyOf(attributes);
	}

	/**
	 * A dataset with the CREMI-style {@code resolution} attribute: the volume's voxel size as doubles [z, y, x] in nm.
	 */
	public static Hdf5Dataset withResolution(String path, Volume<? extends RealType<?>> volume) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put(Hdf5VoxelSize.ATTRIBUTE, Hdf5VoxelSize.toZyx(volume.voxelSize()));
		return new Hdf5Dataset(path, volume, attributes);
	}
}
