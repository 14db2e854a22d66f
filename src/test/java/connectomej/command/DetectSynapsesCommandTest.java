package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.synapse.SynapseFixture;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import ij.measure.ResultsTable;

class DetectSynapsesCommandTest {

	@Test
	void detectsTheFixtureSynapseHeadless(@TempDir Path tmp) throws Exception {
		Path c = tmp.resolve("c.tif"), v = tmp.resolve("v.tif"), s = tmp.resolve("s.tif"), out = tmp.resolve("out");
		TiffStacks.write(new Volume<>(SynapseFixture.cleft(), VoxelSize.UNIT), c, TiffOptions.DEFAULT);
		TiffStacks.write(new Volume<>(SynapseFixture.vesicles(-1), VoxelSize.UNIT), v, TiffOptions.DEFAULT);
		TiffStacks.write(new Volume<>(SynapseFixture.segments(1, 2), VoxelSize.UNIT), s, TiffOptions.DEFAULT);
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(DetectSynapsesCommand.class, true, Map.of("cleft_map",
					c.toString(), "vesicle_map", v.toString(), "segments", s.toString(), "output_folder", out.toFile(),
					"min_cleft_voxels", 10L, "side_distance_nm", 8.0)).get();
			ResultsTable t = (ResultsTable) m.getOutput("synapses");
			assertEquals(1, t.size());
			assertEquals(1, t.getValue("pre", 0));
			assertEquals(2, t.getValue("post", 0));
			assertTrue(Files.exists(out.resolve("connectome.graphml")));
		}
	}
}
