package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.ReceptiveField;
import connectomej.nn.ShallowMembraneNet;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;

/** {@code connectomej uncertainty} end to end on a tiny untrained model and a 20 x 16 x 2 volume. */
class UncertaintySubcommandTest {

	@TempDir
	Path tmp;

	Path model, raw, segments;

	@BeforeEach
	void files() throws IOException {
		var s = new ShallowMembraneNet.Settings(2, 1, 1, 4, 2, 11, 1e-3);
		ModelInfo info = new ModelInfo(1, "membrane", 2, 1, List.of("membrane"), ModelInfo.Normalization.UNIT_RANGE,
				VoxelSize.UNIT, new int[] { 16, 16 }, ReceptiveField.of(ShallowMembraneNet.configuration(s), 2).size(), 1,
				new ModelInfo.Training("none", "test"), Map.of());
		model = tmp.resolve("tiny.zip");
		ModelFiles.save(model, ShallowMembraneNet.create(s), info, false);
		var bytes = ArrayImgs.unsignedBytes(20, 16, 2);
		Random r = new Random(4);
		bytes.forEach(v -> v.set(r.nextInt(256)));
		raw = tmp.resolve("raw.tif");
		TiffStacks.write(new Volume<>(bytes, VoxelSize.UNIT), raw, TiffOptions.DEFAULT);
		var labels = ArrayImgs.unsignedShorts(20, 16, 2);
		var c = labels.localizingCursor();
		while (c.hasNext())
			c.next().set(1 + (c.getIntPosition(0) / 10));
		segments = tmp.resolve("segments.tif");
		TiffStacks.write(new Volume<>(labels, VoxelSize.UNIT), segments, TiffOptions.DEFAULT);
	}

	CliRun run(String... options) {
		List<String> args = new java.util.ArrayList<>(List.of("uncertainty", raw.toString(), "--model", model.toString(),
				"-o", tmp.resolve("out/variance.tif").toString()));
		args.addAll(List.of(options));
		return CliRun.of(args.toArray(String[]::new));
	}

	@Test
	void writesVarianceMeanAndPerObjectTable() throws IOException {
		Files.createDirectories(tmp.resolve("out"));
		CliRun run = run("--method", "noise", "--layer", "1", "--sigma", "0.3", "--samples", "3", "--mean",
				tmp.resolve("out/mean.tif").toString(), "--segments", segments.toString());
		assertEquals(0, run.exitCode(), run.err());
		var variance = VolumeFiles.read(tmp.resolve("out/variance.tif").toString());
		assertEquals(List.of(20L, 16L, 2L), List.of(variance.width(), variance.height(), variance.depth()));
		double sum = 0;
		for (var v : variance.data())
			sum += v.getRealDouble();
		assertTrue(sum > 0, "noise gives some variance");
		assertTrue(Files.exists(tmp.resolve("out/mean.tif")));
		var table = CsvTables.read(tmp.resolve("out/variance-objects.csv"));
		assertEquals(2, table.rows().size());
		assertEquals(List.of("id", "voxels", "mean_variance", "max_variance"), table.columns());
		assertEquals("320", table.text(0, "voxels"));
	}

	@Test
	void transformationIsTheDefault() throws IOException {
		Files.createDirectories(tmp.resolve("out"));
		assertEquals(0, run("--samples", "4").exitCode());
		assertTrue(Files.exists(tmp.resolve("out/variance.tif")));
	}

	void assertRefused(String expected, String... options) throws IOException {
		Files.createDirectories(tmp.resolve("out"));
		CliRun run = run(options);
		assertEquals(2, run.exitCode(), run.err());
		String[] lines = run.errLines();
		assertEquals(1, lines.length, run.err());
		assertTrue(lines[0].contains(expected), lines[0]);
		try (Stream<Path> written = Files.list(tmp.resolve("out"))) {
			assertEquals(0, written.count(), "nothing written");
		}
	}

	@Test
	void layerTheModelDoesNotHaveListsTheValidOnes() throws IOException {
		assertRefused("tiny.zip: the model has no layer 7; valid layers: 0 conv0, 1 conv1, 2 logits", "--method", "noise",
				"--layer", "7");
	}

	@Test
	void fewerThanTwoSamplesOrAmountsOutOfRangeAreRefused() throws IOException {
		assertRefused("at least 2 samples", "--samples", "1");
		assertRefused("noise sigma must be in (0, 100.0]", "--method", "noise", "--sigma", "-1");
		assertRefused("dropout rate must be in (0, 1)", "--method", "dropout", "--rate", "1.5");
		assertRefused("at most 8 samples", "--samples", "9");
		assertRefused("--sigma is for --method noise", "--sigma", "0.1");
		assertRefused("--tile 0: the tile size must be at least 1 voxel", "--tile", "0");
	}

	@Test
	void monteCarloDropoutNeedsDropoutInTheModel() throws IOException {
		assertRefused("mc-dropout needs a model trained with dropout", "--method", "mc-dropout");
	}

	@Test
	void segmentsOfAnotherShapeAreRefused() throws IOException {
		Path other = tmp.resolve("other.tif");
		TiffStacks.write(new Volume<>(ArrayImgs.unsignedShorts(5, 5, 2), VoxelSize.UNIT), other, TiffOptions.DEFAULT);
		assertRefused("other.tif: segments are 5 x 5 x 2", "--segments", other.toString());
	}
}
