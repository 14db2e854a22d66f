package connectomej.io.tiff;

/** Checks that a page is one this reader can decode, with a message that says what is not supported. */
final class TiffPageCheck {

	private TiffPageCheck() {}

	/** The page itself when it is supported; otherwise a BadInputException naming the file and the reason. */
	static TiffPage checked(TiffInput in, TiffPage p) {
		String what = "page " + p.index();
		if (p.samplesPerPixel() != 1)
			throw in.bad("unsupported TIFF: " + what + " has " + p.samplesPerPixel()
					+ " samples per pixel (RGB or similar); only grayscale is read");
		if (p.bitsPerSample() != 8 && p.bitsPerSample() != 16 && p.bitsPerSample() != 32)
			throw in.bad("unsupported TIFF: " + what + " has " + p.bitsPerSample() + " bits per sample (8, 16, 32 are read)");
		if (p.sampleFormat() == 2)
			throw in.bad("unsupported TIFF: " + what + " holds signed integers (" + p.pixelType() + ")");
		if (p.sampleFormat() == 3 && p.bitsPerSample() != 32)
			throw in.bad("unsupported TIFF: " + what + " holds " + p.pixelType() + " samples (only 32-bit float is read)");
		if (!Decompressors.isSupported(p.compression()))
			throw in.bad("unsupported TIFF: " + what + " uses compression " + Decompressors.name(p.compression()));
		if (p.predictor() != 1 && p.predictor() != 2)
			throw in.bad("unsupported TIFF: " + what + " uses predictor " + p.predictor() + " (1 and 2 are read)");
		long segments = (long) p.segmentsAcross() * ((p.height() + p.segmentHeight() - 1) / p.segmentHeight());
		if (p.offsets().length < segments || p.byteCounts().length < segments)
			throw in.bad("malformed TIFF: " + what + " lists " + p.offsets().length + " strips or tiles, needs " + segments);
		return p;
	}
}
