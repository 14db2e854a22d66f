package connectomej.synth;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Writes a magnified crop of one section for looking at: raw | ground-truth membrane (black) | prediction >= 0.5
 * (black) | errors (false positives red, false negatives blue, agreement grey).
 */
final class ErrorPng {

	private ErrorPng() {}

	/** Writes the size x size crop at (x0, y0) of section z, each pixel drawn factor x factor. */
	static void write(SyntheticBlock truth, RandomAccessibleInterval<? extends RealType<?>> prob, long z, long x0, long y0,
		int size, int factor, File file) throws IOException {
		BufferedImage img = new BufferedImage(4 * size * factor, size * factor, BufferedImage.TYPE_INT_RGB);
		RandomAccess<? extends RealType<?>> raw = truth.raw().randomAccess(), gt = truth.membranes().randomAccess(),
			p = prob.randomAccess();
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++) {
				long[] at = { x0 + x, y0 + y, z };
				int g = (int) raw.setPositionAndGet(at).getRealDouble();
				boolean m = gt.setPositionAndGet(at).getRealDouble() != 0, q = p.setPositionAndGet(at).getRealDouble() >= 0.5;
				int[] colours = { g * 0x010101, m ? 0 : 0xffffff, q ? 0 : 0xffffff,
					m == q ? (m ? 0x606060 : 0xe0e0e0) : q ? 0xff0000 : 0x0000ff };
				for (int panel = 0; panel < 4; panel++)
					fill(img, (panel * size + x) * factor, y * factor, factor, colours[panel]);
			}
		ImageIO.write(img, "png", file);
	}

	private static void fill(BufferedImage img, int x, int y, int factor, int rgb) {
		for (int dy = 0; dy < factor; dy++)
			for (int dx = 0; dx < factor; dx++)
				img.setRGB(x + dx, y + dy, rgb);
	}
}
