package connectomej.nn;

/**
 * How sections are cut into tiles for a network: core size, halo and the size multiple the network needs.
 * Halo and tile size are multiples of {@code sizeMultiple}, so pooling windows line up with one grid whatever the
 * tile size, and the halo covers the receptive field: results do not depend on the tile size.
 *
 * @param tileSize core size per tile along x and y, voxels
 * @param halo voxels read on each side of a core
 * @param sizeMultiple network input sizes must be multiples of this
 */
public record Tiling(int tileSize, int halo, int sizeMultiple) {

	public Tiling {
		if (sizeMultiple < 1 || tileSize < sizeMultiple || tileSize % sizeMultiple != 0 || halo % sizeMultiple != 0)
			throw new IllegalArgumentException("tile size " + tileSize + " and halo " + halo
					+ " must be positive multiples of " + sizeMultiple);
	}

	/**
	 * The tiling for a model.
	 *
	 * @param info the model's description (receptive field, size multiple)
	 * @param tileSize wanted core size, voxels; rounded up to the size multiple
	 */
	public static Tiling of(ModelInfo info, int tileSize) {
		int m = Math.max(1, info.sizeMultiple());
		long radius = 0;
		for (int a = 0; a < 2; a++)
			radius = Math.max(radius, info.receptiveField()[a] / 2);
		int halo = roundUp((int) radius + (m > 1 ? m : 0), m);
		return new Tiling(roundUp(Math.max(tileSize, 1), m), halo, m);
	}

	/** Smallest multiple of m that is >= n. */
	static int roundUp(int n, int m) {
		return (n + m - 1) / m * m;
	}
}
