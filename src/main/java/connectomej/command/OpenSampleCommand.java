package connectomej.command;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.ij1.ImagePlusBridge;
import connectomej.ij1.LabelLut;
import connectomej.synth.Modality;
import connectomej.synth.SynthSettings;
import connectomej.synth.SyntheticEm;
import connectomej.synth.SyntheticVolume;
import ij.ImagePlus;

/**
 * Opens the suite's sample: a synthetic serial-section TEM volume with its ground-truth neuron ids, generated on
 * the spot by the same seeded generator that made {@code sample-data/synthetic-tem} (so it holds the same voxels).
 */
@Plugin(type = Command.class, headless = true, label = "ConnectomeJ Sample (synthetic TEM)")
public class OpenSampleCommand implements Command {

	@Parameter(type = ItemIO.OUTPUT)
	ImagePlus raw;

	@Parameter(type = ItemIO.OUTPUT)
	ImagePlus neuron_ids;

	@Override
	public void run() {
		SynthSettings sample = SynthSettings.preset(Modality.ANISOTROPIC_TEM, 256, 256, 32, 1);
		SyntheticVolume v = new SyntheticEm(sample).generateVolume();
		raw = ImagePlusBridge.toImagePlus(v.raw(), "sample raw (synthetic TEM)");
		neuron_ids = ImagePlusBridge.toImagePlus(v.neurons(), "sample neuron ids");
		LabelLut.apply(neuron_ids);
	}
}
