package connectomej.proofread.view;

import connectomej.ij1.LabelLut;
import ij.process.ColorProcessor;
import ij.process.LUT;

/**
 * Segment ids to colours with the suite's glasbey-like {@link LabelLut} (ids cycle through its 255 colours); id 0
 * stays black, which the overlay draws transparent.
 */
public final class SegmentColours {

	private static final LUT TABLE = LabelLut.create();

	private SegmentColours() {}

	/** The RGB colour of a segment id ({@code 0xRRGGBB}), never 0 for an id other than 0. */
	public static int rgb(long id) {
		if (id == 0)
			return 0;
		int index = (int) (1 + Math.floorMod(id - 1, 255L));
		int rgb = (TABLE.getRed(index) << 16) | (TABLE.getGreen(index) << 8) | TABLE.getBlue(index);
		return rgb == 0 ? 0x010101 : rgb;
	}

	/**
	 * Paints one section of ids in colour.
	 *
	 * @param labels segment ids, x fastest ({@code x + y * width})
	 * @return a colour image of the section, black where the id is 0
	 */
	public static ColorProcessor paint(long[] labels, int width, int height) {
		int[] pixels = new int[width * height];
		long lastId = 0;
		int lastRgb = 0;
		for (int i = 0; i < pixels.length; i++) {
			if (labels[i] != lastId) {
				lastId = labels[i];
				lastRgb = rgb(lastId);
			}
			pixels[i] = lastRgb;
		}
		return new ColorProcessor(width, height, pixels);
	}
}
