package connectomej.track;

/** Separable box smoothing of a 2D section (index y * width + x), borders by clamping. */
final class BoxFilter {

	private BoxFilter() {}

	/** Mean over the (2 radius + 1)^2 square around each voxel; returns a new array. */
	static float[] smooth(float[] in, int width, int height, int radius) {
		float[] rows = new float[in.length], out = new float[in.length];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++)
				rows[y * width + x] = mean(in, y * width, 1, x, width, radius);
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++)
				out[y * width + x] = mean(rows, x, width, y, height, radius);
		return out;
	}

	private static float mean(float[] a, int start, int stride, int at, int size, int radius) {
		float sum = 0;
		for (int d = -radius; d <= radius; d++)
			sum += a[start + stride * Math.min(size - 1, Math.max(0, at + d))];
		return sum / (2 * radius + 1);
	}
}
