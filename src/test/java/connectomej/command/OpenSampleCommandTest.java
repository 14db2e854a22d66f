package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.IJ;
import ij.ImagePlus;

/**
 * File > Open Samples > ConnectomeJ Sample, headless through a SciJava context, against the command line's output:
 * the bundled {@code sample-data/synthetic-tem} is what {@code connectomej synth} writes with its defaults (byte for
 * byte, checked by {@code DemoTest}), so the command must open the same voxels.
 */
class OpenSampleCommandTest {

	@Test
	void opensTheSameVoxelsAsTheBundledSample() throws Exception {
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(OpenSampleCommand.class, true).get();
			ImagePlus raw = (ImagePlus) m.getOutput("raw");
			ImagePlus bundled = IJ.openImage(Path.of("sample-data", "synthetic-tem", "raw.tif").toString());
			assertEquals(bundled.getStackSize(), raw.getStackSize());
			for (int z : new int[] { 1, 16, 32 })
				assertArrayEquals((byte[]) bundled.getStack().getPixels(z), (byte[]) raw.getStack().getPixels(z), "section " + z);
			assertEquals(40.0, raw.getCalibration().pixelDepth, 1e-9, "voxel depth in nm");
			ImagePlus ids = (ImagePlus) m.getOutput("neuron_ids");
			assertEquals(16, ids.getBitDepth());
			ImagePlus bundledIds = IJ.openImage(Path.of("sample-data", "synthetic-tem", "neuron_ids.tif").toString());
			for (int z = 1; z <= bundledIds.getStackSize(); z++)
				assertArrayEquals((short[]) bundledIds.getStack().getPixels(z), (short[]) ids.getStack().getPixels(z), "ids, section " + z);
		}
	}
}
