package connectomej.io.tiff;

import java.util.Objects;

/**
 * How to write a TIFF stack.
 *
 * @param compression how pixels are stored
 */
public record TiffOptions(TiffCompression compression) {

	/** Uncompressed: the layout every TIFF reader, and ImageJ's virtual stacks, open. */
	public static final TiffOptions DEFAULT = new TiffOptions(TiffCompression.NONE);

	public TiffOptions {
		Objects.requireNonNull(compression, "compression");
	}

	/** Deflate-compressed pages. */
	public static TiffOptions deflate() {
		return new TiffOptions(TiffCompression.DEFLATE);
	}

	/** These options with another compression. */
	public TiffOptions withCompression(TiffCompression c) {
		return new TiffOptions(c);
	}
}
