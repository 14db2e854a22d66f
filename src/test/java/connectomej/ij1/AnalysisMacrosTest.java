package connectomej.ij1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.command.CommandFixtures;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.merge.MergeCandidates;
import connectomej.volume.Volume;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The analysis macros ({@code track_3c}, {@code detect_merge_errors}, {@code uncertainty_map}, {@code detect_synapses})
 * in plain ImageJ's batch mode, as {@link MacroBatchTest} runs the others: each takes a folder laid out like the
 * sample (the sample itself, or a corner of it where the method is slow) and an output folder.
 */
class AnalysisMacrosTest {

	@TempDir
	static Path home;

	@BeforeAll
	static void installPlugins() throws Exception {
		MacroBatchTest.ijHome = home;
		MacroBatchTest.installPluginsConfig();
	}

	private static String run(String macro, Object... arguments) throws Exception {
		String argument = String.join(";", java.util.Arrays.stream(arguments).map(a -> a.toString()).toList());
		String out = MacroBatchTest.runMacro(Path.of("macros", macro), argument);
		assertTrue(!out.contains("ConnectomeJ:"), "no command failed: " + out);
		return out;
	}

	@Test
	void detectSynapsesOnTheSample() throws Exception {
		Path out = home.resolve("synapses");
		String log = run("detect_synapses.ijm", CommandFixtures.SAMPLE.toAbsolutePath(), out);
		assertTrue(log.contains("5 synapses saved"), log);
		assertTrue(log.contains("first: synapse 1: 41->31"), log);
		assertEquals(5, CsvTables.read(out.resolve("synapses.csv")).rows().size());
		try (ZipFile rois = new ZipFile(out.resolve("synapse_rois.zip").toFile())) {
			assertEquals(5, rois.size(), "one ROI file per synapse");
		}
	}

	@Test
	void trackACornerOfTheSample() throws Exception {
		Path in = CommandFixtures.sampleCorner(home.resolve("track-in"), 48, 48, 3), out = home.resolve("tracked");
		String log = run("track_3c.ijm", in.toAbsolutePath(), out);
		assertTrue(log.contains("tracked 3 sections into 16-bit labels \"tracked labels\""), log);
		Volume<? extends RealType<?>> labels = VolumeFiles.read(out.resolve("tracked_labels.tif").toString());
		assertArrayEquals(new long[] { 48, 48, 3 }, labels.dimensions());
		var seeds = VolumeFiles.read(in.resolve("neuron_ids.tif").toString()).data();
		var first = Views.flatIterable(Views.hyperSlice(labels.data(), 2, 0)).cursor();
		var seed = Views.flatIterable(Views.hyperSlice(seeds, 2, 0)).cursor();
		while (first.hasNext())
			assertEquals(seed.next().getRealDouble(), first.next().getRealDouble(), "the first section holds the seeds");
	}

	@Test
	void uncertaintyMapOfACornerOfTheSample() throws Exception {
		Path in = CommandFixtures.sampleCorner(home.resolve("uncertainty-in"), 48, 48, 2), out = home.resolve("uncertainty");
		String log = run("uncertainty_map.ijm", in.toAbsolutePath(), out);
		assertTrue(log.contains("variance: uncertainty variance, 32-bit, 2 sections"), log);
		CsvTable objects = CsvTables.read(out.resolve("variance-objects.csv"));
		assertTrue(log.contains(objects.rows().size() + " objects, most uncertain first"), log);
		assertTrue(objects.rows().size() > 1, "several objects in the corner");
		assertTrue(Files.exists(out.resolve("mean.tif")));
	}

	@Test
	void detectMergeErrorsOnACornerOfTheSample() throws Exception {
		Path in = CommandFixtures.sampleCorner(home.resolve("merge-in"), 96, 96, 6), out = home.resolve("merge");
		Path model = CommandFixtures.tinyMergeNet(home.resolve("tiny-mergenet.zip"));
		String log = run("detect_merge_errors.ijm", in.toAbsolutePath(), out, model.toAbsolutePath());
		CsvTable table = CsvTables.read(out.resolve("merge_candidates.csv"));
		assertEquals(MergeCandidates.COLUMNS, table.columns());
		int n = table.rows().size();
		assertTrue(n > 1, "several candidates: " + log);
		assertTrue(log.contains(n + " merge candidates saved to " + out + "/; " + n + " on the segmentation"), log);
		assertTrue(log.contains("first: merge 1: object " + table.text(0, "object_id") + " "), log);
		try (ZipFile rois = new ZipFile(out.resolve("merge_rois.zip").toFile())) {
			assertEquals(n, rois.size());
		}
	}
}
