package connectomej.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * MNIST-style digits stored as raw bytes: an images file of {@code count * 28 * 28} unsigned bytes (row-major, one
 * image after another) and a labels file of {@code count} bytes 0..9, as in {@code ../shared/data/mnist}.
 *
 * @param images pixel values 0..255, {@code images[i][y * 28 + x]}
 * @param labels digit of each image, 0..9
 */
public record MnistDigits(byte[][] images, byte[] labels) {

	/** Width and height of one digit image, in pixels. */
	public static final int SIDE = 28;

	/** Number of digits. */
	public int count() {
		return labels.length;
	}

	/** Pixel (x, y) of image i, 0..255. */
	public int pixel(int i, int x, int y) {
		return images[i][y * SIDE + x] & 0xff;
	}

	/**
	 * Reads an images file and its labels file.
	 *
	 * @throws BadInputException when a file is missing, its size is not a whole number of images, the two counts
	 *         differ, or a label is not a digit
	 */
	public static MnistDigits read(Path imagesFile, Path labelsFile) {
		byte[] pixels = bytes(imagesFile);
		byte[] labels = bytes(labelsFile);
		int perImage = SIDE * SIDE;
		if (pixels.length % perImage != 0)
			throw new BadInputException(imagesFile, "size " + pixels.length + " bytes is not a whole number of 28x28 images");
		if (pixels.length / perImage != labels.length)
			throw new BadInputException(labelsFile, labels.length + " labels for " + pixels.length / perImage + " images in " + imagesFile.getFileName());
		for (byte b : labels)
			if (b < 0 || b > 9)
				throw new BadInputException(labelsFile, "label " + (b & 0xff) + " is not a digit 0..9");
		byte[][] images = new byte[labels.length][];
		for (int i = 0; i < images.length; i++)
			images[i] = java.util.Arrays.copyOfRange(pixels, i * perImage, (i + 1) * perImage);
		return new MnistDigits(images, labels);
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException e) {
			throw new BadInputException(file, "no such file");
		}
		catch (IOException e) {
			throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
		}
	}
}
