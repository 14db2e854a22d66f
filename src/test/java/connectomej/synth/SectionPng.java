package connectomej.synth;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/** Writes one section of a synthetic block as a PNG: raw on the left, ground truth on the right (for looking at). */
final class SectionPng {

	private SectionPng() {}

	/** Writes section z of the block to the file: raw | labels in colours, boundary black, cleft red, vesicles green, mitos blue. */
	static void write(SyntheticBlock b, long z, File file) throws IOException {
		int w = (int) b.interval().dimension(0), h = (int) b.interval().dimension(1);
		long x0 = b.interval().min(0), y0 = b.interval().min(1);
		BufferedImage img = new BufferedImage(2 * w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				long[] p = { x0 + x, y0 + y, z };
				int g = value(b.raw(), p);
				img.setRGB(x, y, g << 16 | g << 8 | g);
				img.setRGB(w + x, y, truth(b, p));
			}
		ImageIO.write(img, "png", file);
	}

	/** Writes a size x size crop of the raw section at (x0, y0), magnified by an integer factor. */
	static void writeZoomed(SyntheticBlock b, long z, long x0, long y0, int size, int factor, File file) throws IOException {
		BufferedImage img = new BufferedImage(size * factor, size * factor, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < size * factor; y++)
			for (int x = 0; x < size * factor; x++) {
				int g = value(b.raw(), new long[] { x0 + x / factor, y0 + y / factor, z });
				img.setRGB(x, y, g << 16 | g << 8 | g);
			}
		ImageIO.write(img, "png", file);
	}

	private static int truth(SyntheticBlock b, long[] p) {
		if (value(b.clefts(), p) != 0)
			return 0xff0000;
		if (value(b.vesicles(), p) != 0)
			return 0x00ff00;
		if (value(b.mitochondria(), p) != 0)
			return 0x0000ff;
		long id = value(b.neurons(), p);
		if (id == 0)
			return 0;
		long hsh = VoxelHash.mix(id * 7919);
		return (int) (0x404040 | (hsh & 0xbfbfbf));
	}

	private static <T extends IntegerType<T>> int value(RandomAccessibleInterval<T> img, long[] p) {
		RandomAccess<T> a = img.randomAccess();
		a.setPosition(p);
		return a.get().getInteger();
	}
}
