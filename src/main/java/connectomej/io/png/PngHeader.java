package connectomej.io.png;

/**
 * The IHDR chunk of a PNG (PNG specification, ISO/IEC 15948, section 11.2.2).
 *
 * @param width pixels along x
 * @param height pixels along y
 * @param bitDepth bits per sample: 1, 2, 4, 8 or 16
 * @param colorType 0 gray, 2 RGB, 3 palette, 4 gray + alpha, 6 RGBA
 * @param interlace 0 none, 1 Adam7
 */
record PngHeader(int width, int height, int bitDepth, int colorType, int interlace) {

	static final int GRAY = 0, RGB = 2, PALETTE = 3, GRAY_ALPHA = 4, RGBA = 6;

	/** Samples per pixel of the colour type. */
	int channels() {
		return switch (colorType) {
			case RGB -> 3;
			case GRAY_ALPHA -> 2;
			case RGBA -> 4;
			default -> 1;
		};
	}

	/** Bytes of one scanline without its filter byte. */
	int rowBytes() {
		return (int) (((long) width * channels() * bitDepth + 7) / 8);
	}

	/** Bytes per complete pixel, at least 1: the distance filters look back. */
	int filterStride() {
		return Math.max(1, channels() * bitDepth / 8);
	}

	/** Bit depth of the gray image this decodes to: 16 for 16-bit samples, else 8. */
	int grayBitDepth() {
		return bitDepth == 16 ? 16 : 8;
	}

	/** A readable name like "8-bit gray". */
	String describe() {
		String kind = switch (colorType) {
			case GRAY -> "gray";
			case RGB -> "RGB";
			case PALETTE -> "palette";
			case GRAY_ALPHA -> "gray + alpha";
			case RGBA -> "RGBA";
			default -> "colour type " + colorType;
		};
		return bitDepth + "-bit " + kind + (interlace == 1 ? ", interlaced" : "");
	}
}
