package connectomej.nn;

/**
 * Test-time augmentation: the average of a backend's outputs over the eight symmetries of the square (the dihedral
 * group D4: identity, flips in x and y, and each of these after a transposition). Each tile is transformed, predicted
 * and transformed back, so the output is laid out like the input again. Costs eight predictions per tile; a network
 * trained with dihedral augmentation (as {@link MembraneTrainer} trains) sees eight views it has learnt equally.
 */
public final class DihedralAveraging implements InferenceBackend {

	private static final int SYMMETRIES = 8;

	private final InferenceBackend inner;

	/** @param inner the backend to average; its tiles must accept both orientations (width and height swapped) */
	public DihedralAveraging(InferenceBackend inner) {
		this.inner = inner;
	}

	@Override
	public int inputChannels() {
		return inner.inputChannels();
	}

	@Override
	public int outputChannels() {
		return inner.outputChannels();
	}

	@Override
	public float[] predict(float[] input, int width, int height) {
		int outputs = outputChannels();
		float[] sum = new float[outputs * width * height];
		for (int s = 0; s < SYMMETRIES; s++) {
			Symmetry symmetry = new Symmetry(s, width, height);
			float[] out = inner.predict(symmetry.apply(input, inputChannels()), symmetry.width(), symmetry.height());
			symmetry.addInverse(out, outputs, sum);
		}
		for (int i = 0; i < sum.length; i++)
			sum[i] /= SYMMETRIES;
		return sum;
	}

	/**
	 * One symmetry of a {@code width} x {@code height} tile: flip x (bit 0), flip y (bit 1), then transpose (bit 2).
	 */
	private record Symmetry(int code, int sourceWidth, int sourceHeight) {

		boolean transposed() {
			return (code & 4) != 0;
		}

		int width() {
			return transposed() ? sourceHeight : sourceWidth;
		}

		int height() {
			return transposed() ? sourceWidth : sourceHeight;
		}

		/** Index within one channel of the transformed tile where source pixel (x, y) lands. */
		int target(int x, int y) {
			int fx = (code & 1) != 0 ? sourceWidth - 1 - x : x;
			int fy = (code & 2) != 0 ? sourceHeight - 1 - y : y;
			return transposed() ? fx * width() + fy : fy * width() + fx;
		}

		float[] apply(float[] source, int channels) {
			int plane = sourceWidth * sourceHeight;
			float[] out = new float[source.length];
			for (int c = 0; c < channels; c++)
				for (int y = 0; y < sourceHeight; y++)
					for (int x = 0; x < sourceWidth; x++)
						out[c * plane + target(x, y)] = source[c * plane + y * sourceWidth + x];
			return out;
		}

		void addInverse(float[] transformed, int channels, float[] sum) {
			int plane = sourceWidth * sourceHeight;
			for (int c = 0; c < channels; c++)
				for (int y = 0; y < sourceHeight; y++)
					for (int x = 0; x < sourceWidth; x++)
						sum[c * plane + y * sourceWidth + x] += transformed[c * plane + target(x, y)];
		}
	}
}
