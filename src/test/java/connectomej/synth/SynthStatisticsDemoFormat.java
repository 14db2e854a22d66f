package connectomej.synth;

final class SynthStatisticsDemoFormat {
	static String of(SyntheticVolume v) {
		return "synapses " + v.synapses().size();
	}
}
