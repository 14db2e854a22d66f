package connectomej.nn;

import java.util.List;

/**
 * The mean of several backends' outputs for the same input: networks trained apart err in different places, so their
 * average errs less often than each alone. Costs one prediction per member.
 */
public final class EnsembleAveraging implements InferenceBackend {

	private final List<InferenceBackend> members;

	/**
	 * @param members at least one backend, all reading and writing the same channels
	 * @throws IllegalArgumentException when the list is empty or the members' channels differ
	 */
	public EnsembleAveraging(List<InferenceBackend> members) {
		if (members.isEmpty())
			throw new IllegalArgumentException("an ensemble needs at least one network");
		InferenceBackend first = members.get(0);
		for (InferenceBackend m : members)
			if (m.inputChannels() != first.inputChannels() || m.outputChannels() != first.outputChannels())
				throw new IllegalArgumentException("the networks of an ensemble must read and write the same channels: " + first.inputChannels()
						+ " -> " + first.outputChannels() + " against " + m.inputChannels() + " -> " + m.outputChannels());
		this.members = List.copyOf(members);
	}

	@Override
	public int inputChannels() {
		return members.get(0).inputChannels();
	}

	@Override
	public int outputChannels() {
		return members.get(0).outputChannels();
	}

	@Override
	public float[] predict(float[] input, int width, int height) {
		float[] sum = new float[outputChannels() * width * height];
		for (InferenceBackend m : members) {
			float[] out = m.predict(input, width, height);
			for (int i = 0; i < sum.length; i++)
				sum[i] += out[i];
		}
		for (int i = 0; i < sum.length; i++)
			sum[i] /= members.size();
		return sum;
	}
}
