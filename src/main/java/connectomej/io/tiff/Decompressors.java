package connectomej.io.tiff;

/** The TIFF compression codes this reader supports, and their names. */
final class Decompressors {

	static final int NONE = 1, LZW = 5, DEFLATE = 8, PACKBITS = 32773, DEFLATE_OLD = 32946;

	private Decompressors() {}

	static boolean isSupported(int code) {
		return code == NONE || code == LZW || code == DEFLATE || code == DEFLATE_OLD || code == PACKBITS;
	}

	/** The decompressor for a supported code. */
	static Decompressor forCode(int code) {
		return switch (code) {
			case NONE -> (stored, expected) -> stored;
			case LZW -> new LzwDecompressor();
			case DEFLATE, DEFLATE_OLD -> new InflateDecompressor();
			case PACKBITS -> new PackBitsDecompressor();
			default -> throw new IllegalArgumentException("unsupported compression " + code);
		};
	}

	/** A readable name of a compression code, such as "LZW (5)". */
	static String name(int code) {
		String name = switch (code) {
			case NONE -> "none";
			case 2 -> "CCITT RLE";
			case 3 -> "CCITT fax 3";
			case 4 -> "CCITT fax 4";
			case LZW -> "LZW";
			case 6, 7 -> "JPEG";
			case DEFLATE, DEFLATE_OLD -> "deflate";
			case PACKBITS -> "PackBits";
			case 34887 -> "LERC";
			case 50000 -> "Zstandard";
			default -> "unknown";
		};
		return name + " (" + code + ")";
	}
}
