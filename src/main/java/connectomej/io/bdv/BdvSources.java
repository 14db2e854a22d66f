package connectomej.io.bdv;

import java.util.List;

import connectomej.volume.VoxelSize;

/**
 * The channels of an export, read and checked.
 *
 * @param channels setups in order, all of the same size
 * @param voxelSize nm per axis x, y, z, for every setup
 */
public record BdvSources(List<BdvSource> channels, VoxelSize voxelSize) {

	public BdvSources {
		channels = List.copyOf(channels);
	}

	/** The channel names, setup 0 first. */
	public List<String> names() {
		return channels.stream().map(BdvSource::name).toList();
	}
}
