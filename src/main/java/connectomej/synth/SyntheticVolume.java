package connectomej.synth;

import java.util.List;

import connectomej.volume.Volume;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * A whole synthetic volume in memory: its settings, images (see {@link SyntheticBlock}) and synapse table.
 *
 * @param settings what made it
 * @param images the images over the whole volume, min (0, 0, 0)
 * @param synapses the synapse table, ids 1..n
 */
public record SyntheticVolume(SynthSettings settings, SyntheticBlock images, List<Synapse> synapses) {

	/** The EM image with its voxel size. */
	public Volume<UnsignedByteType> raw() {
		return new Volume<>(images.raw(), settings.voxelSize());
	}

	/** Neuron ids (0 = boundary) with the voxel size. */
	public Volume<UnsignedLongType> neurons() {
		return new Volume<>(images.neurons(), settings.voxelSize());
	}

	/** Boundary mask (0/1) with the voxel size. */
	public Volume<UnsignedByteType> membranes() {
		return new Volume<>(images.membranes(), settings.voxelSize());
	}

	/** Cleft mask (0/1) with the voxel size. */
	public Volume<UnsignedByteType> clefts() {
		return new Volume<>(images.clefts(), settings.voxelSize());
	}

	/** Vesicle mask (0/1) with the voxel size. */
	public Volume<UnsignedByteType> vesicles() {
		return new Volume<>(images.vesicles(), settings.voxelSize());
	}

	/** Mitochondria mask (0/1) with the voxel size. */
	public Volume<UnsignedByteType> mitochondria() {
		return new Volume<>(images.mitochondria(), settings.voxelSize());
	}
}
