package connectomej.io.tiff;

/**
 * What one page (image file directory) of a TIFF says about its pixels.
 *
 * @param index page number, from 0
 * @param width pixels along x
 * @param height pixels along y
 * @param bitsPerSample 8, 16 or 32
 * @param sampleFormat 1 unsigned integer, 2 signed integer, 3 floating point
 * @param samplesPerPixel 1 for grayscale
 * @param compression TIFF compression code
 * @param predictor 1 none, 2 horizontal differencing
 * @param segmentWidth width of one strip (= width) or tile, in pixels
 * @param segmentHeight rows per strip, or tile height
 * @param tiled true when the segments are tiles
 * @param offsets byte offset of each strip or tile
 * @param byteCounts stored size of each strip or tile, in bytes
 */
record TiffPage(int index, int width, int height, int bitsPerSample, int sampleFormat, int samplesPerPixel,
		int compression, int predictor, int segmentWidth, int segmentHeight, boolean tiled, long[] offsets,
		long[] byteCounts) {

	int bytesPerSample() {
		return bitsPerSample / 8;
	}

	/** Bytes of one decoded page. */
	long planeBytes() {
		return (long) width * height * bytesPerSample();
	}

	/** Segments per row of segments: 1 for strips. */
	int segmentsAcross() {
		return (width + segmentWidth - 1) / segmentWidth;
	}

	/** A short description of the pixel type, like "16-bit unsigned". */
	String pixelType() {
		String kind = switch (sampleFormat) {
			case 2 -> "signed";
			case 3 -> "float";
			default -> "unsigned";
		};
		return bitsPerSample + "-bit " + kind;
	}

	/** The same page at another place of the file (for ImageJ stacks described by their first page only). */
	TiffPage movedBy(int newIndex, long shift) {
		long[] moved = offsets.clone();
		for (int i = 0; i < moved.length; i++)
			moved[i] += shift;
		return new TiffPage(newIndex, width, height, bitsPerSample, sampleFormat, samplesPerPixel, compression,
				predictor, segmentWidth, segmentHeight, tiled, moved, byteCounts);
	}
}
