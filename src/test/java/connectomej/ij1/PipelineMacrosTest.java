package connectomej.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.command.SampleCrops;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import net.imglib2.type.numeric.RealType;

/**
 * Runs predict_membranes.ijm, segment.ijm, train_model.ijm and whole_pipeline.ijm in ImageJ batch mode (see
 * {@link MacroBatchTest}) on a 64 x 64 x 8 part of the sample (x from 96, y from 0) holding synapse 5, and checks
 * what they write.
 */
class PipelineMacrosTest {

	private static final List<String> OBJECT_COLUMNS = List.of("id", "voxels", "min_x", "min_y", "min_z", "max_x", "max_y",
		"max_z", "centroid_x", "centroid_y", "centroid_z", "centroid_x_nm", "centroid_y_nm", "centroid_z_nm", "skeleton_length_nm");

	@TempDir
	static Path home;

	static Path sample;

	@BeforeAll
	static void installAndCrop() throws Exception {
		MacroBatchTest.installPluginsConfig(home);
		sample = Files.createDirectories(home.resolve("sample"));
		for (String file : new String[] { "raw.tif", "membranes.tif", "neuron_ids.tif", "clefts.tif", "vesicles.tif" })
			SampleCrops.write(file, 96, 0, 64, 8, sample);
	}

	private static String run(String macro, Path out) throws Exception {
		String printed = MacroBatchTest.runMacro(home, Path.of("macros", macro), sample + ";" + out);
		assertTrue(!printed.contains("ConnectomeJ:"), "no command failed: " + printed);
		return printed;
	}

	@Test
	void predictMembranes() throws Exception {
		Path out = home.resolve("predicted");
		String printed = run("predict_membranes.ijm", out);
		assertTrue(printed.contains("32-bit, 8 sections"), printed);
		var map = VolumeFiles.read(out.resolve("probabilities.tif").toString());
		assertEquals(64, map.width());
		double min = 1, max = 0;
		for (RealType<?> p : net.imglib2.view.Views.iterable(map.data())) {
			min = Math.min(min, p.getRealDouble());
			max = Math.max(max, p.getRealDouble());
		}
		assertTrue(min >= 0 && max <= 1 && max - min > 0.5, "probabilities spread over [0, 1]: " + min + ".." + max);
	}

	@Test
	void segment() throws Exception {
		Path out = home.resolve("segmented");
		String printed = run("segment.ijm", out);
		assertTrue(printed.contains("objects; segments.tif"), printed);
		assertObjectTable(out.resolve("objects.csv"));
		assertTrue(Files.readString(out.resolve("skeletons.swc")).contains("# object"));
		assertEquals(8, VolumeFiles.read(out.resolve("segments.tif").toString()).depth());
	}

	@Test
	void trainModel() throws Exception {
		Path out = home.resolve("trained");
		String printed = run("train_model.ijm", out);
		assertTrue(printed.contains("model saved"), printed);
		ModelInfo info = ModelFiles.readInfo(out.resolve("membrane-model.zip"));
		double f1 = info.validationMetrics().get("pixel_f1");
		assertTrue(f1 >= 0 && f1 <= 1, "validation F1 " + f1);
		assertTrue(info.training().command().startsWith("run(\"Train Membrane Model\""), info.training().command());
	}

	@Test
	void wholePipeline() throws Exception {
		Path out = home.resolve("pipeline");
		String printed = run("whole_pipeline.ijm", out);
		assertTrue(printed.contains("pipeline done"), printed);
		assertTrue(Files.exists(out.resolve("probabilities.tif")));
		CsvTable objects = assertObjectTable(out.resolve("segments/objects.csv"));
		assertEquals(objects.rows().size(), CsvTables.read(out.resolve("objects_table.csv")).rows().size());
		CsvTable synapses = CsvTables.read(out.resolve("synapses/synapses.csv"));
		assertTrue(synapses.columns().containsAll(List.of("id", "x", "y", "z", "pre", "post")), synapses.columns().toString());
		// the sample's synapse 5 (sample-data/synthetic-tem/synapses.csv) at 123.45, 24.74, 2.97 lies in this part
		assertEquals(1, synapses.rows().size(), synapses.rows().toString());
		assertEquals(123.45 - 96, synapses.number(0, "x"), 1.0);
		assertEquals(24.74, synapses.number(0, "y"), 1.0);
		assertEquals(2.97, synapses.number(0, "z"), 1.0);
		assertTrue(synapses.number(0, "pre") != synapses.number(0, "post"), "between two segments");
		assertTrue(Files.exists(out.resolve("synapses/connectome.graphml")));
		CsvTable scores = CsvTables.read(out.resolve("scores.csv"));
		assertEquals(List.of("metric", "value", "unit"), scores.columns());
		for (int row = 0; row < scores.rows().size(); row++)
			if (scores.text(row, "metric").equals("adapted Rand error")) {
				double error = scores.number(row, "value");
				assertTrue(error >= 0 && error < 0.1, "adapted Rand error " + error);
				return;
			}
		throw new AssertionError("no adapted Rand error in " + scores.rows());
	}

	private static CsvTable assertObjectTable(Path file) throws Exception {
		CsvTable t = CsvTables.read(file);
		assertEquals(OBJECT_COLUMNS, t.columns());
		assertTrue(t.rows().size() >= 2, "several objects in 64 x 64 x 8 voxels: " + t.rows().size());
		long voxels = 0;
		for (int row = 0; row < t.rows().size(); row++) {
			voxels += (long) t.number(row, "voxels");
			assertTrue(t.number(row, "skeleton_length_nm") >= 0);
			assertTrue(t.number(row, "max_x") < 64 && t.number(row, "min_x") <= t.number(row, "max_x"));
		}
		assertTrue(voxels <= 64 * 64 * 8, "objects cover at most the volume: " + voxels);
		return t;
	}
}
