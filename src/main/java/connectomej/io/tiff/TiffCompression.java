package connectomej.io.tiff;

/** How {@link TiffStacks#write} stores pixels. Both are read by ImageJ, Fiji, libtiff, tifffile. */
public enum TiffCompression {
	/** Uncompressed, pages contiguous: ImageJ opens such stacks fastest (also virtual stacks). */
	NONE(1),
	/** Deflate (zlib, TIFF code 8), lossless. */
	DEFLATE(8);

	final int code;

	TiffCompression(int code) {
		this.code = code;
	}
}
