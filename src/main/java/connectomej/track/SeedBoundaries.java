package connectomej.track;

/**
 * Thin boundaries between touching seed objects. The colour network is trained on ground truth, whose objects are
 * separated by unlabelled (0) boundary voxels; the sweep's own labels touch each other, so before they are coloured
 * as seeds, every voxel with a 4-neighbour of another non-zero object is unlabelled, giving the network the input it
 * was trained on.
 */
final class SeedBoundaries {

	private SeedBoundaries() {}

	/** A copy of {@code seeds} (index y * width + x) with voxels that touch another object set to 0. */
	static long[] erase(long[] seeds, int width, int height) {
		long[] out = seeds.clone();
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				int i = y * width + x;
				long v = seeds[i];
				if (v != 0 && (other(seeds, v, x > 0 ? i - 1 : -1) || other(seeds, v, x < width - 1 ? i + 1 : -1)
						|| other(seeds, v, y > 0 ? i - width : -1) || other(seeds, v, y < height - 1 ? i + width : -1)))
					out[i] = 0;
			}
		return out;
	}

	private static boolean other(long[] seeds, long v, int j) {
		return j >= 0 && seeds[j] != 0 && seeds[j] != v;
	}
}
