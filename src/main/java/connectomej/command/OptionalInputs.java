package connectomej.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.nn.DefaultModels;
import connectomej.volume.VoxelSize;

/**
 * Optional command inputs: an ImageJ dialog hands over an empty text or file field where the user left one blank,
 * so blank means "not given".
 */
final class OptionalInputs {

	private OptionalInputs() {}

	/** The text, or null when absent or blank. */
	static String text(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** The path, or null when absent or blank. */
	static Path path(File value) {
		return value == null || value.getPath().isBlank() ? null : value.toPath();
	}

	/**
	 * The voxel size typed into a text field, or null when blank (the input's own is used then).
	 *
	 * @param field the field's name, for the message
	 * @throws BadInputException naming the field and the text when it is not one or three positive numbers (nm)
	 */
	static VoxelSize voxelSize(String value, String field) {
		if (text(value) == null)
			return null;
		try {
			return VoxelSize.parse(value);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, field + " '" + value + "': " + e.getMessage());
		}
	}

	/** The model file given, or the shipped model {@code resource} copied out of the jar. */
	static Path modelOrDefault(File model, String resource) throws IOException {
		Path given = path(model);
		return given != null ? given : DefaultModels.extract(resource);
	}

	/**
	 * The output folder given, or null; checked before the work starts, so that a refused output costs no work.
	 * Nothing is created.
	 *
	 * @throws BadInputException naming the path when a file is there
	 */
	static Path outputFolder(File value) {
		Path folder = path(value);
		if (folder != null && Files.exists(folder) && !Files.isDirectory(folder))
			throw new BadInputException(folder, "is a file, not a folder: give a folder for the outputs");
		return folder;
	}

	/** The folder, created when missing; null when not given. */
	static Path folder(File value) throws IOException {
		Path folder = path(value);
		return folder == null ? null : Files.createDirectories(folder);
	}
}
