package connectomej.cli;

import java.io.PrintStream;

import picocli.CommandLine.Option;

import connectomej.io.BadInputException;
import connectomej.io.VolumeLocation;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

/**
 * {@code --voxel-size X,Y,Z}: the voxel size in nm when the input records none (PNG slices, a folder of single-section
 * TIFFs, HDF5 without a resolution attribute) or records a wrong one. Settings in nm (seed distances, the synapse rules'
 * side distance) and outputs in nm (object tables, skeletons, synapse positions, BigDataViewer's calibration) depend on
 * it; without it such an input is taken as 1 nm per voxel, and the command says so on standard error.
 */
final class VoxelSizeOption {

	@Option(names = "--voxel-size", paramLabel = "X,Y,Z", description = "voxel size in nm, x,y,z (or one size for isotropic voxels), "
			+ "e.g. 4,4,40; replaces the input's own; needed when the input records none (PNG slices, single-section TIFFs, "
			+ "HDF5 without a resolution attribute), which is otherwise taken as 1 nm")
	String text;

	/**
	 * The given voxel size, checked.
	 *
	 * @return the size, or null when the option was not given
	 * @throws BadInputException naming the option when the text is not one or three positive numbers
	 */
	VoxelSize given() {
		if (text == null)
			return null;
		try {
			return VoxelSize.parse(text);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, "--voxel-size '" + text + "': " + e.getMessage());
		}
	}

	/**
	 * The voxel size to compute with: the given one, else the input's own; when the input records none and none was
	 * given, a note on {@code err} that names the input.
	 *
	 * @param recorded the voxel size read with the input, nm
	 * @param location the input's location, for the note
	 */
	VoxelSize resolve(VoxelSize recorded, String location, PrintStream err) {
		VoxelSize given = given();
		if (given != null)
			return given;
		if (recorded.isUnrecorded())
			err.println("note: " + VoxelSize.unrecordedNote(VolumeLocation.parse(location).file()));
		return recorded;
	}

	/** The volume with the voxel size {@link #resolve} gives, on standard error. */
	<T> Volume<T> apply(Volume<T> volume, String location) {
		VoxelSize size = resolve(volume.voxelSize(), location, System.err);
		return size.equals(volume.voxelSize()) ? volume : new Volume<>(volume.data(), size);
	}
}
