package connectomej.io.tiff;

/** Numbers of the baseline and extension TIFF tags this codec reads or writes (TIFF 6.0 specification). */
final class TiffTags {

	static final int NEW_SUBFILE_TYPE = 254;
	static final int IMAGE_WIDTH = 256;
	static final int IMAGE_LENGTH = 257;
	static final int BITS_PER_SAMPLE = 258;
	static final int COMPRESSION = 259;
	static final int PHOTOMETRIC = 262;
	static final int IMAGE_DESCRIPTION = 270;
	static final int STRIP_OFFSETS = 273;
	static final int SAMPLES_PER_PIXEL = 277;
	static final int ROWS_PER_STRIP = 278;
	static final int STRIP_BYTE_COUNTS = 279;
	static final int X_RESOLUTION = 282;
	static final int Y_RESOLUTION = 283;
	static final int PLANAR_CONFIGURATION = 284;
	static final int RESOLUTION_UNIT = 296;
	static final int PREDICTOR = 317;
	static final int TILE_WIDTH = 322;
	static final int TILE_LENGTH = 323;
	static final int TILE_OFFSETS = 324;
	static final int TILE_BYTE_COUNTS = 325;
	static final int SAMPLE_FORMAT = 339;

	/** Field types (TIFF 6.0 section 2). */
	static final int BYTE = 1, ASCII = 2, SHORT = 3, LONG = 4, RATIONAL = 5;
	/** BigTIFF's 8-byte integer types. */
	static final int LONG8 = 16, SLONG8 = 17, IFD8 = 18;

	private TiffTags() {}

	/** Bytes per value of a field type, 0 for unknown types. */
	static int typeSize(int type) {
		return switch (type) {
			case 1, 2, 6, 7 -> 1;
			case 3, 8 -> 2;
			case 4, 9, 11, 13 -> 4;
			case 5, 10, 12, 16, 17, 18 -> 8;
			default -> 0;
		};
	}
}
