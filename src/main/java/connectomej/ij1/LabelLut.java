package connectomej.ij1;

import ij.ImagePlus;
import ij.process.LUT;

/**
 * A glasbey-like lookup table for label images: 0 black, every other id a bright colour well apart from its
 * neighbours' (golden-ratio hue steps, as {@link SectionMontage} draws outlines).
 */
public final class LabelLut {

	private LabelLut() {}

	/** The 256-entry lookup table. */
	public static LUT create() {
		byte[] r = new byte[256], g = new byte[256], b = new byte[256];
		for (int i = 1; i < 256; i++) {
			int rgb = SectionMontage.colour(i);
			r[i] = (byte) (rgb >> 16);
			g[i] = (byte) (rgb >> 8);
			b[i] = (byte) rgb;
		}
		return new LUT(r, g, b);
	}

	/**
	 * Shows a label image with this table, its display range set so that ids repeat the colours every 255 values.
	 */
	public static void apply(ImagePlus labels) {
		labels.getProcessor().setLut(create());
		if (labels.getStack().getSize() > 1)
			labels.getStack().setColorModel(create());
		labels.setDisplayRange(0, 255);
	}
}
