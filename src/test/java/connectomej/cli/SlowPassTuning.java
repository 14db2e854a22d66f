package connectomej.cli;

import java.nio.file.Path;

import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.metrics.TableRow;

/**
 * Scores a run's slow-pass outputs against a synthetic volume's ground truth (ACCURACY.md, slow-pass steps: the
 * cleft threshold of the demo was first chosen this way on seed 3, not on the sample; since issue 5 session 3 it comes
 * from {@code connectomej.synapse.SynapsePartnerProtocol} on seed 41):
 * {@code java -cp ... connectomej.cli.SlowPassTuning RUN_FOLDER SYNTH_FOLDER}.
 */
public final class SlowPassTuning {

	private SlowPassTuning() {}

	public static void main(String[] args) throws Exception {
		Path synth = Path.of(args[1]);
		var neurons = VolumeFiles.read(synth.resolve("neuron_ids.tif").toString());
		var clefts = VolumeFiles.read(synth.resolve("clefts.tif").toString());
		var rows = DemoSlowPass.score(Path.of(args[0]), LabelVolumes.of(neurons.data(), synth), LabelVolumes.of(clefts.data(), synth),
				neurons.voxelSize(), synth.resolve("synapses.csv"));
		System.out.print(TableRow.format(rows));
	}
}
