package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

	/** The brief: shipped models are trained on our synthetic data, never on the real data sets beside the project. */
	@Test
	void noShippedModelNamesARealDataSetAmongItsTrainingData() throws Exception {
		List<String> realDataSets = List.of("gala", "epfl", "isbi", "snemi", "mnist", "shared/data");
		List<Path> models;
		try (var files = Files.list(Path.of("src/main/resources/models"))) {
			models = files.filter(f -> f.toString().endsWith(".zip")).sorted().toList();
		}
		assertTrue(models.size() >= 5, "the shipped models: " + models);
		for (Path model : models) {
			ModelInfo.Training training = ModelFiles.readInfo(model).training();
			String said = (training.data() + " " + training.command()).toLowerCase(Locale.ROOT);
			for (String name : realDataSets)
				assertFalse(said.contains(name), model.getFileName() + " names " + name + " in its training data: " + said);
		}
	}

	@Test
	void missingResourceIsNamed() {
		assertThrows(IllegalStateException.class, () -> DefaultModels.extract("/models/none.zip"));
	}
}
