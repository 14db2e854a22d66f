package connectomej.nn;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.io.bdv.Downsampling;
import connectomej.volume.Volume;

/**
 * The grids of a model with {@link ModelInfo#inputDownsampling()} f > 1: sections are averaged over f x f voxel blocks
 * before the network sees them (coarse voxel (i, j) covers voxels f i .. f i + f - 1 in x and y, clipped at the far
 * border, so a side of n voxels becomes ceil(n / f)), and the network's output is interpolated bilinearly back onto
 * the voxels. Training labels are coarsened so that thin structures (a post-synaptic density a few voxels thick)
 * survive: a coarse voxel is positive when any of its voxels is.
 */
final class InputDownsampling {

	private InputDownsampling() {}

	/** Coarse size of a side of n voxels at factor f: ceil(n / f). */
	static long coarse(long n, int f) {
		return (n + f - 1) / f;
	}

	/**
	 * Block means of every section, for training (rounded to 8 bits, as the raw data are).
	 *
	 * @param raw EM volume, axes x, y, z
	 * @return the coarse volume, min at the origin; voxel size as given (the data's, see {@link ModelInfo})
	 */
	static Volume<UnsignedByteType> raw(Volume<UnsignedByteType> raw, int f) {
		RandomAccessibleInterval<UnsignedByteType> in = Views.zeroMin(raw.data());
		ArrayImg<UnsignedByteType, ?> out = ArrayImgs.unsignedBytes(coarse(in.dimension(0), f), coarse(in.dimension(1), f),
				in.dimension(2));
		Downsampling.mean(in, new long[] { f, f, 1 }, out);
		return new Volume<>(out, raw.voxelSize());
	}

	/** Block means of one section z of {@code raw} (axes x, y, z), as a coarse volume of one section, min at the origin. */
	static <T extends RealType<T>> ArrayImg<FloatType, ?> section(RandomAccessibleInterval<T> raw, long z, int f) {
		long[] min = raw.minAsLongArray(), max = raw.maxAsLongArray();
		min[2] = z;
		max[2] = z;
		ArrayImg<FloatType, ?> out = ArrayImgs.floats(coarse(raw.dimension(0), f), coarse(raw.dimension(1), f), 1);
		Downsampling.mean(Views.zeroMin(Views.interval(raw, min, max)), new long[] { f, f, 1 }, out);
		return out;
	}

	/**
	 * Training labels on the coarse grid: 1 where any voxel of the block is non-zero, else 0.
	 *
	 * @param labels axes x, y, z
	 * @return min at the origin
	 */
	static ArrayImg<UnsignedByteType, ?> labels(RandomAccessibleInterval<? extends IntegerType<?>> labels, int f) {
		RandomAccessibleInterval<? extends IntegerType<?>> in = Views.zeroMin(labels);
		long w = in.dimension(0), h = in.dimension(1);
		ArrayImg<UnsignedByteType, ?> out = ArrayImgs.unsignedBytes(coarse(w, f), coarse(h, f), in.dimension(2));
		RandomAccess<? extends IntegerType<?>> l = in.randomAccess();
		var c = out.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			long x0 = c.getLongPosition(0) * f, y0 = c.getLongPosition(1) * f, z = c.getLongPosition(2);
			boolean any = false;
			for (long y = y0; y < Math.min(y0 + f, h) && !any; y++)
				for (long x = x0; x < Math.min(x0 + f, w) && !any; x++)
					any = l.setPositionAndGet(x, y, z).getIntegerLong() != 0;
			c.get().set(any ? 1 : 0);
		}
		return out;
	}

	/**
	 * Bilinear interpolation of a coarse prediction onto one section of the output: voxel x takes the coarse value at
	 * (x + 0.5) / f - 0.5, clamped to the coarse grid; likewise y.
	 *
	 * @param coarse the network's output on one coarse section: axes x, y, z (one section) and, with several output
	 *        channels, a 4th axis of channels; min at the origin
	 * @param output the fine output, axes x, y, z (and channels), any min
	 * @param z the section of {@code output} to write, in its coordinates
	 */
	static void upsample(RandomAccessibleInterval<FloatType> coarse, RandomAccessibleInterval<FloatType> output, long z, int f) {
		RandomAccess<FloatType> in = coarse.randomAccess(), out = output.randomAccess();
		long cw = coarse.dimension(0), ch = coarse.dimension(1);
		long channels = output.numDimensions() > 3 ? output.dimension(3) : 1;
		out.setPosition(z, 2);
		in.setPosition(0, 2);
		for (long c = 0; c < channels; c++) {
			if (channels > 1) {
				out.setPosition(output.min(3) + c, 3);
				in.setPosition(c, 3);
			}
			for (long y = 0; y < output.dimension(1); y++) {
				double v = clamp((y + 0.5) / f - 0.5, ch);
				long y0 = (long) v, y1 = Math.min(y0 + 1, ch - 1);
				double fy = v - y0;
				out.setPosition(output.min(1) + y, 1);
				for (long x = 0; x < output.dimension(0); x++) {
					double u = clamp((x + 0.5) / f - 0.5, cw);
					long x0 = (long) u, x1 = Math.min(x0 + 1, cw - 1);
					double fx = u - x0;
					double top = (1 - fx) * at(in, x0, y0) + fx * at(in, x1, y0);
					double bottom = (1 - fx) * at(in, x0, y1) + fx * at(in, x1, y1);
					out.setPosition(output.min(0) + x, 0);
					out.get().set((float) ((1 - fy) * top + fy * bottom));
				}
			}
		}
	}

	private static double at(RandomAccess<FloatType> in, long x, long y) {
		in.setPosition(x, 0);
		in.setPosition(y, 1);
		return in.get().get();
	}

	private static double clamp(double u, long size) {
		return Math.max(0, Math.min(size - 1, u));
	}
}
