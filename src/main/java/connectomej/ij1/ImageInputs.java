package connectomej.ij1;

import java.io.IOException;

import connectomej.io.BadInputException;
import connectomej.io.EightBitEm;
import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import ij.ImagePlus;
import net.imglib2.type.numeric.RealType;

/**
 * The input volume of a command: the file at a location when one is given (as on the command line), else the image
 * ImageJ handed the command (the current image, when run from the menu or a macro).
 */
public final class ImageInputs {

	private ImageInputs() {}

	/**
	 * The volume at {@code location}, or a copy of {@code image} when the location is blank.
	 *
	 * @param location a {@code VolumeFiles} location, or null / blank
	 * @param image an 8-, 16- or 32-bit stack, or null
	 * @param parameter the parameter name, for the message when neither is given
	 * @throws BadInputException when neither is given, or the file is missing or malformed
	 */
	public static Volume<? extends RealType<?>> volume(String location, ImagePlus image, String parameter) throws IOException {
		if (given(location))
			return VolumeFiles.read(location.trim());
		return ImagePlusBridge.toVolume(required(image, parameter));
	}

	/**
	 * EM like {@link #volume}, as sections streamed from the file (TIFF) or from memory, each slab refused when its
	 * values leave 0-255 ({@link EightBitEm}: a 16-bit stack must be made 8-bit first).
	 */
	public static SectionSource emSections(String location, ImagePlus image, String parameter) throws IOException {
		if (given(location))
			return EightBitEm.open(location.trim());
		return EightBitEm.checked(SectionStreams.inMemory(ImagePlusBridge.toVolume(required(image, parameter))), null);
	}

	/** True when a location is given (not null or blank). */
	public static boolean given(String location) {
		return location != null && !location.isBlank();
	}

	private static ImagePlus required(ImagePlus image, String parameter) {
		if (image == null)
			throw new BadInputException(null, "give " + parameter + "=FILE or open an image first");
		return image;
	}
}
