package connectomej.proofread.view;

/**
 * A fixed linear map of raw grey values to 8-bit display values, chosen once from the first section shown so that
 * scrolling does not change the contrast: 8-bit data maps as it is, anything else from its min..max.
 *
 * @param min raw value shown black
 * @param max raw value shown white
 */
public record GreyScale(double min, double max) {

	/** The scale of a section: identity for values within 0..255, else its min..max. */
	public static GreyScale of(float[] section) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (float v : section) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		if (section.length == 0 || lo >= 0 && hi <= 255 && hi > 1)
			return new GreyScale(0, 255);
		return new GreyScale(lo, hi > lo ? hi : lo + 1);
	}

	/** The section as 8-bit display values, same order. */
	public byte[] toBytes(float[] section) {
		byte[] out = new byte[section.length];
		double f = 255 / (max - min);
		for (int i = 0; i < out.length; i++)
			out[i] = (byte) Math.max(0, Math.min(255, Math.round((section[i] - min) * f)));
		return out;
	}
}
