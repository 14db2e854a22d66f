package connectomej.uncertainty;

import java.util.List;

import connectomej.nn.InferenceBackend;

/**
 * K samples of a perturbed network combined per voxel: the output has 2c channels for a c-channel network, the c
 * sample means followed by the c sample variances (unbiased, divided by K - 1), accumulated with Welford's update.
 * Plugged into tiled inference, it produces the mean and variance maps of Mi et al. 2019 (arXiv 1910.04858) in one
 * pass over the volume.
 */
public final class SampledBackend implements InferenceBackend {

	private final List<InferenceBackend> samples;

	/** @param samples the K >= 2 perturbed networks, all with the same channels */
	public SampledBackend(List<? extends InferenceBackend> samples) {
		if (samples.size() < 2)
			throw new IllegalArgumentException("need at least 2 samples for a variance, got " + samples.size());
		this.samples = List.copyOf(samples);
	}

	@Override
	public int inputChannels() {
		return samples.get(0).inputChannels();
	}

	@Override
	public int outputChannels() {
		return 2 * samples.get(0).outputChannels();
	}

	@Override
	public float[] predict(float[] input, int width, int height) {
		int n = samples.get(0).outputChannels() * width * height;
		double[] mean = new double[n], squares = new double[n];
		for (int k = 0; k < samples.size(); k++) {
			float[] p = samples.get(k).predict(input, width, height);
			for (int i = 0; i < n; i++) {
				double d = p[i] - mean[i];
				mean[i] += d / (k + 1);
				squares[i] += d * (p[i] - mean[i]);
			}
		}
		float[] out = new float[2 * n];
		for (int i = 0; i < n; i++) {
			out[i] = (float) mean[i];
			out[n + i] = (float) (squares[i] / (samples.size() - 1));
		}
		return out;
	}
}
