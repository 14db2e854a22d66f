package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.cli.Main;
import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;

class DefaultModelsTest {

	@TempDir
	Path dir;

	@Test
	void shippedMembraneModelCarriesItsTrainCommandAndPredicts() throws Exception {
		Path file = DefaultModels.extract(DefaultModels.MEMBRANE);
		ModelInfo info = ModelFiles.readInfo(file);
		assertEquals(MembranePredictor.TASK, info.task());
		assertTrue(info.training().command().startsWith("connectomej train "), info.training().command());
		assertTrue(info.validationMetrics().get("pixel_f1") > 0.5, info.validationMetrics().toString());
		String readme = new String(DefaultModels.class.getResourceAsStream("/models/README.md").readAllBytes());
		assertTrue(readme.contains(info.training().command()), "README.md holds the exact train command");
		VolumeFiles.write(new Volume<>(ArrayImgs.unsignedBytes(24, 20, 2), VoxelSize.UNIT), dir.resolve("raw.tif").toString());
		assertEquals(0, Main.run("predict", dir.resolve("raw.tif").toString(), "-o", dir.resolve("p.tif").toString()));
		assertTrue(Files.size(dir.resolve("p.tif")) > 24 * 20 * 2 * 4);
	}

	@Test
	void missingResourceIsNamed() {
		assertThrows(IllegalStateException.class, () -> DefaultModels.extract("/models/none.zip"));
	}
}
