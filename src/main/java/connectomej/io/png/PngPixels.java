package connectomej.io.png;

/** Unpacks the samples of one unfiltered PNG row and turns each pixel into one gray value. */
final class PngPixels {

	private PngPixels() {}

	/** Writes the {@code width} gray values of {@code row} to {@code out} from {@code at}. */
	static void toGray(PngHeader h, byte[] row, int[] out, int at) {
		int channels = h.channels();
		for (int x = 0; x < h.width(); x++) {
			int base = x * channels;
			out[at + x] = switch (h.colorType()) {
				case PngHeader.RGB, PngHeader.RGBA -> luminance(sample(h, row, base), sample(h, row, base + 1), sample(h, row, base + 2));
				case PngHeader.GRAY -> scaled(h, sample(h, row, base));
				default -> sample(h, row, base);
			};
		}
	}

	/** Sample number {@code i} of the row, MSB first for depths under 8, big-endian for 16. */
	static int sample(PngHeader h, byte[] row, int i) {
		int depth = h.bitDepth();
		if (depth == 8)
			return row[i] & 0xff;
		if (depth == 16)
			return ((row[2 * i] & 0xff) << 8) | (row[2 * i + 1] & 0xff);
		int bit = i * depth;
		return (row[bit >>> 3] >>> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
	}

	private static int scaled(PngHeader h, int v) {
		return h.bitDepth() < 8 ? v * 255 / ((1 << h.bitDepth()) - 1) : v;
	}

	private static int luminance(int r, int g, int b) {
		return (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
	}
}
