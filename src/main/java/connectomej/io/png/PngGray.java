package connectomej.io.png;

/**
 * A grayscale image decoded from or to be encoded as PNG.
 *
 * @param width pixels along x
 * @param height pixels along y
 * @param bitDepth 8 or 16
 * @param samples {@code width * height} values, x fastest, each in [0, 2^bitDepth)
 */
record PngGray(int width, int height, int bitDepth, int[] samples) {}
