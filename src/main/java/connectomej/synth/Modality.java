package connectomej.synth;

import connectomej.volume.VoxelSize;

/**
 * The kind of microscope a synthetic volume imitates.
 * <p>
 * Serial-section TEM cuts thick sections (~40 nm) imaged at ~4 nm in the plane, so neurites are mostly cut across
 * and oblique membranes smear through the section; FIB-SEM mills thin slices and is close to isotropic.
 */
public enum Modality {

	/** Serial-section TEM: 4 x 4 x 40 nm voxels, neurites running mostly along z, membranes projected through the section. */
	ANISOTROPIC_TEM(new VoxelSize(4, 4, 40)),

	/** FIB-SEM: 8 nm isotropic voxels, neurites in all directions. */
	ISOTROPIC_FIBSEM(VoxelSize.isotropic(8));

	private final VoxelSize defaultVoxelSize;

	Modality(VoxelSize defaultVoxelSize) {
		this.defaultVoxelSize = defaultVoxelSize;
	}

	/** The voxel size of this modality's preset, nm per axis x, y, z. */
	public VoxelSize defaultVoxelSize() {
		return defaultVoxelSize;
	}

	/** True when each z voxel is a physical section whose content is projected (serial-section TEM). */
	public boolean projectsSections() {
		return this == ANISOTROPIC_TEM;
	}
}
