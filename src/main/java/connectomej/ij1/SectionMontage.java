package connectomej.ij1;

import java.nio.file.Path;

import connectomej.io.AtomicFiles;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * A row of EM sections with the outlines of ground-truth (or predicted) objects drawn in colour over them, for a
 * person to judge at a glance whether a volume and its labels look right.
 */
public final class SectionMontage {

	private static final int GAP = 4;

	private SectionMontage() {}

	/**
	 * Renders sections side by side, each once plain and once with outlines.
	 *
	 * @param raw EM intensities 0..255, axes x, y, z
	 * @param labels object ids over the same interval; the outline is where a pixel's 4-neighbour has another id
	 * @param sections z indices (relative to the interval's min) to show
	 * @return an RGB image, two rows: plain sections on top, outlined below
	 */
	public static ImagePlus render(RandomAccessibleInterval<? extends RealType<?>> raw,
		RandomAccessibleInterval<? extends IntegerType<?>> labels, int... sections)
	{
		int w = (int) raw.dimension(0), h = (int) raw.dimension(1);
		ColorProcessor cp = new ColorProcessor(sections.length * (w + GAP) - GAP, 2 * h + GAP);
		cp.setColor(java.awt.Color.WHITE);
		cp.fill();
		for (int i = 0; i < sections.length; i++)
			drawSection(cp, raw, labels, sections[i], i * (w + GAP), h + GAP);
		return new ImagePlus("montage", cp);
	}

	/** Writes the montage as a PNG file (atomically). */
	public static void savePng(ImagePlus montage, Path file) throws java.io.IOException {
		AtomicFiles.write(file, tmp -> {
			if (!new FileSaver(montage).saveAsPng(tmp.toString()))
				throw new java.io.IOException("ImageJ could not write " + tmp);
		});
	}

	private static void drawSection(ColorProcessor cp, RandomAccessibleInterval<? extends RealType<?>> raw,
		RandomAccessibleInterval<? extends IntegerType<?>> labels, int z, int x0, int outlinedY0)
	{
		RandomAccess<? extends RealType<?>> r = raw.randomAccess();
		RandomAccess<? extends IntegerType<?>> l = labels.randomAccess();
		int w = (int) raw.dimension(0), h = (int) raw.dimension(1);
		long mx = raw.min(0), my = raw.min(1), mz = raw.min(2) + z;
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				r.setPosition(new long[] { mx + x, my + y, mz });
				int g = (int) Math.max(0, Math.min(255, r.get().getRealDouble()));
				int gray = (g << 16) | (g << 8) | g;
				cp.set(x0 + x, y, gray);
				long id = label(l, mx + x, my + y, mz);
				boolean edge = isEdge(l, id, mx + x, my + y, mz, labels);
				cp.set(x0 + x, outlinedY0 + y, edge ? colour(id) : gray);
			}
	}

	private static long label(RandomAccess<? extends IntegerType<?>> l, long x, long y, long z) {
		l.setPosition(new long[] { x, y, z });
		return l.get().getIntegerLong();
	}

	private static boolean isEdge(RandomAccess<? extends IntegerType<?>> l, long id, long x, long y, long z,
		RandomAccessibleInterval<?> bounds)
	{
		if (id == 0)
			return false;
		long[][] neighbours = { { x + 1, y }, { x - 1, y }, { x, y + 1 }, { x, y - 1 } };
		for (long[] n : neighbours)
			if (n[0] >= bounds.min(0) && n[0] <= bounds.max(0) && n[1] >= bounds.min(1) && n[1] <= bounds.max(1)
				&& label(l, n[0], n[1], z) != id)
				return true;
		return false;
	}

	/** A bright colour per id, well spread for neighbouring ids (golden-ratio hue steps). */
	static int colour(long id) {
		float hue = (float) ((id * 0.6180339887498949) % 1.0);
		return java.awt.Color.HSBtoRGB(hue, 0.85f, 1f) & 0xffffff;
	}
}
