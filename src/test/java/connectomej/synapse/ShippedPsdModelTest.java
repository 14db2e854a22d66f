package connectomej.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import connectomej.nn.DefaultModels;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;

class ShippedPsdModelTest {

	@Test
	void shippedPsdModelIsACleftNetWithItsCommandInTheReadme() throws Exception {
		Path file = DefaultModels.extract("/models/psd-epfl.zip");
		ModelInfo info = ModelFiles.readInfo(file);
		assertEquals(SynapseMaps.CLEFT, info.task());
		assertEquals(1, info.inputChannels());
		assertTrue(info.validationMetrics().get("pixel_auc") > 0.95, info.validationMetrics().toString());
		String readme = new String(DefaultModels.class.getResourceAsStream("/models/README.md").readAllBytes());
		assertTrue(readme.contains(info.training().command()), "README.md holds the exact training command");
		assertEquals(1, ModelFiles.load(file, SynapseMaps.CLEFT, 1).info().inputChannels());
	}
}
