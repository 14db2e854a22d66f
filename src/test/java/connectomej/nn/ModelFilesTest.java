package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import connectomej.io.BadInputException;
import connectomej.volume.VoxelSize;

class ModelFilesTest {

	@TempDir
	Path dir;

	static ShallowMembraneNet.Settings tiny() {
		return new ShallowMembraneNet.Settings(2, 1, 1, 4, 2, 5, 1e-3);
	}

	static ModelInfo info(String task, int inputs, int version) {
		return new ModelInfo(version, task, 2, inputs, List.of("membrane"), ModelInfo.Normalization.UNIT_RANGE,
				new VoxelSize(4, 4, 50), new int[] { 64, 64 }, new long[] { 5, 5 }, 1,
				new ModelInfo.Training("isbi2012 slices 0-19", "connectomej train --raw a.tif"),
				Map.of("pixel_f1", 0.9));
	}

	@Test
	void roundTripKeepsNetworkAndDescription() throws IOException {
		ComputationGraph net = ShallowMembraneNet.create(tiny());
		Path file = dir.resolve("m.zip");
		ModelFiles.save(file, net, info("membrane", 1, 1), false);
		StoredModel loaded = ModelFiles.load(file, "membrane", 1);
		INDArray x = Nd4j.rand(DataType.FLOAT, 1, 1, 12, 10);
		assertEquals(net.outputSingle(x), loaded.network().outputSingle(x));
		assertEquals("membrane", loaded.info().task());
		assertEquals(List.of("membrane"), loaded.info().outputChannels());
		assertArrayEquals(new long[] { 5, 5 }, loaded.info().receptiveField());
		assertEquals(0.9, loaded.info().validationMetrics().get("pixel_f1"));
		assertEquals(new VoxelSize(4, 4, 50), loaded.info().voxelSize());
		assertEquals("connectomej train --raw a.tif", loaded.info().training().command());
		assertEquals(List.of("m.zip"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "temporary files left");
	}

	@Test
	void wrongTaskAndChannelCountAreNamed() throws IOException {
		Path file = dir.resolve("cleft.zip");
		ModelFiles.save(file, ShallowMembraneNet.create(tiny()), info("cleft", 1, 1), false);
		assertMessage(file, "task 'cleft', expected 'membrane'", () -> ModelFiles.load(file, "membrane", 1));
		assertMessage(file, "1 input channel(s), the data has 3", () -> ModelFiles.load(file, "cleft", 3));
	}

	@Test
	void unknownVersionIsNamed() throws IOException {
		Path file = dir.resolve("v9.zip");
		ModelFiles.save(file, ShallowMembraneNet.create(tiny()), info("membrane", 1, 9), false);
		assertMessage(file, "format version 9 is not supported", () -> ModelFiles.load(file, "membrane", 1));
	}

	@Test
	void truncatedAndNonZipFilesAreNamed() throws IOException {
		Path good = dir.resolve("good.zip");
		ModelFiles.save(good, ShallowMembraneNet.create(tiny()), info("membrane", 1, 1), false);
		byte[] bytes = Files.readAllBytes(good);
		Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertMessage(truncated, "not a zip file, or truncated", () -> ModelFiles.load(truncated, "membrane", 1));
		Path text = Files.writeString(dir.resolve("text.zip"), "hello");
		assertMessage(text, "not a zip file, or truncated", () -> ModelFiles.load(text, "membrane", 1));
		Path missing = dir.resolve("absent.zip");
		assertMessage(missing, "not found", () -> ModelFiles.load(missing, "membrane", 1));
	}

	@Test
	void zipWithoutDescriptionOrNetworkIsNamed() throws IOException {
		Path noJson = zip("nojson.zip", "configuration.json", "{}");
		assertMessage(noJson, "no connectomej-model.json inside", () -> ModelFiles.load(noJson, "membrane", 1));
		Path noNet = zip("nonet.zip", ModelInfo.ENTRY, "{}");
		assertMessage(noNet, "no Deeplearning4j network inside", () -> ModelFiles.load(noNet, "membrane", 1));
	}

	@Test
	void inputDownsamplingIsKeptAndAbsentMeansFullResolution() throws IOException {
		Path file = dir.resolve("coarse.zip");
		ModelFiles.save(file, ShallowMembraneNet.create(tiny()), info("membrane", 1, 1).withInputDownsampling(2), false);
		assertEquals(2, ModelFiles.load(file, "membrane", 1).info().inputDownsampling());
		String plain = ModelInfoJson.write(info("membrane", 1, 1));
		assertTrue(!plain.contains("input_downsampling"), plain);
		assertEquals(1, ModelInfoJson.read(plain, file).inputDownsampling());
	}

	@Test
	void badInputDownsamplingIsNamed() {
		Path file = dir.resolve("bad.zip");
		String two = ModelInfoJson.write(info("membrane", 1, 1).withInputDownsampling(2));
		assertMessage(file, "'input_downsampling' must be a whole number >= 1", () -> ModelInfoJson.read(
				two.replace("\"input_downsampling\" : 2", "\"input_downsampling\" : 0"), file));
		assertMessage(file, "'input_downsampling' must be a whole number >= 1", () -> ModelInfoJson.read(
				two.replace("\"input_downsampling\" : 2", "\"input_downsampling\" : 1.5"), file));
		assertMessage(file, "needs a 2D model with one input section", () -> ModelInfoJson.read(
				two.replace("\"input_channels\" : 1", "\"input_channels\" : 3"), file));
	}

	private Path zip(String name, String entry, String content) throws IOException {
		Path file = dir.resolve(name);
		try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
			z.putNextEntry(new ZipEntry(entry));
			z.write(content.getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}

	private static void assertMessage(Path file, String part, org.junit.jupiter.api.function.Executable call) {
		BadInputException e = assertThrows(BadInputException.class, call);
		assertEquals(file, e.file());
		assertTrue(e.getMessage().contains(part), e.getMessage());
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
	}
}
