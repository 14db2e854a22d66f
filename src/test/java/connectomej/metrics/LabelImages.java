package connectomej.metrics;

import java.util.Random;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.LongArray;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/** Label images for tests, written the way they look: rows of x values, top row y = 0. */
final class LabelImages {

	private LabelImages() {}

	/** A 2D section as a volume of depth 1: {@code rows[y][x]}. */
	static ArrayImg<UnsignedLongType, LongArray> section(long[][] rows) {
		int h = rows.length, w = rows[0].length;
		long[] data = new long[w * h];
		for (int y = 0; y < h; y++)
			System.arraycopy(rows[y], 0, data, y * w, w);
		return ArrayImgs.unsignedLongs(data, w, h, 1);
	}

	/** A volume {@code zyx[z][y][x]} (the layout HDF5 gives). */
	static ArrayImg<UnsignedLongType, LongArray> volume(long[][][] zyx) {
		int d = zyx.length, h = zyx[0].length, w = zyx[0][0].length;
		long[] data = new long[w * h * d];
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				System.arraycopy(zyx[z][y], 0, data, (z * h + y) * w, w);
		return ArrayImgs.unsignedLongs(data, w, h, d);
	}

	/** Seeded random labels in [0, labels) of size w x h x d, in blobs of runs so that the table is not trivial. */
	static ArrayImg<UnsignedLongType, LongArray> random(long seed, int labels, int w, int h, int d) {
		Random random = new Random(seed);
		long[] data = new long[w * h * d];
		for (int i = 0; i < data.length; i++)
			data[i] = i > 0 && random.nextInt(3) > 0 ? data[i - 1] : random.nextInt(labels);
		return ArrayImgs.unsignedLongs(data, w, h, d);
	}
}
