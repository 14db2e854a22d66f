package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.pipeline.PipelineDatasets;
import connectomej.pipeline.SynapseStep;
import connectomej.pipeline.UncertaintyStep;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/** The slow-pass steps of {@code connectomej run} on {@link SlowPassFixture}'s tiny volume. */
class RunSlowPassTest {

	@TempDir
	Path dir;

	private CliRun run(String... options) throws IOException {
		List<String> args = new ArrayList<>(List.of("run", SlowPassFixture.raw(dir), "-o", dir.resolve("out").toString(),
				"--block-size", "16,16,2", "--threads", "2", "--no-bdv"));
		args.addAll(List.of(options));
		return CliRun.of(args.toArray(String[]::new));
	}

	private long segmentAt(int x, int y, int z) throws IOException {
		var segments = N5Images.open(N5Store.open(dir.resolve("out/volume.n5")), PipelineDatasets.SEGMENTS, new UnsignedLongType());
		return segments.randomAccess().setPositionAndGet(x, y, z).get();
	}

	@Test
	void givenMapsGiveASynapseFromTheVesicleSideAndMergeNetRanksTheSegments() throws IOException {
		CliRun r = run("--intensity-membranes", "--clefts", SlowPassFixture.map(dir, "clefts", 16, 16), "--vesicles",
				SlowPassFixture.map(dir, "vesicles", 12, 15), "--min-cleft-voxels", "4", "--mergenet",
				SlowPassFixture.mergeNet(dir).toString(), "--mergenet-min-voxels", "1");
		assertEquals(0, r.exitCode(), r.err());
		CsvTable synapses = CsvTables.read(dir.resolve("out/synapses.csv"));
		assertEquals(1, synapses.rows().size(), synapses.toString());
		long pre = Long.parseLong(synapses.rows().get(0).get(9).toString()), post = Long.parseLong(synapses.rows().get(0).get(10).toString());
		assertEquals(segmentAt(8, 12, 1), pre);
		assertEquals(segmentAt(24, 12, 1), post);
		assertNotEquals(pre, post);
		assertEquals(1, CsvTables.read(dir.resolve("out/connectome.csv")).rows().size());
		assertTrue(Files.readString(dir.resolve("out/connectome.graphml")).contains("<edge source=\"n" + pre + "\" target=\"n" + post + "\""));
		var labels = N5Images.open(N5Store.open(dir.resolve("out/volume.n5")), SynapseStep.LABELS, new UnsignedIntType());
		assertEquals(1, labels.randomAccess().setPositionAndGet(16, 10, 2).get());
		assertEquals(0, labels.randomAccess().setPositionAndGet(16, 2, 2).get());
		CsvTable candidates = CsvTables.read(dir.resolve("out/merge_candidates.csv"));
		assertEquals(2, candidates.rows().size(), candidates.toString());
		assertTrue(r.out().contains("synapses: 1 detected, 1 connectome edges"), r.out());
		assertTrue(r.out().contains("merge candidates: 2 segments scored"), r.out());
		assertTrue(Files.readString(dir.resolve("out/report.md")).contains("## Slow-pass steps"));
	}

	@Test
	void theBigDataViewerExportGainsTheSynapseChannel() throws IOException {
		List<String> args = new ArrayList<>(List.of("run", SlowPassFixture.raw(dir), "-o", dir.resolve("out").toString(),
				"--block-size", "16,16,2", "--threads", "2", "--intensity-membranes", "--clefts",
				SlowPassFixture.map(dir, "clefts", 16, 16), "--vesicles", SlowPassFixture.map(dir, "vesicles", 12, 15),
				"--min-cleft-voxels", "4"));
		CliRun r = CliRun.of(args.toArray(String[]::new));
		assertEquals(0, r.exitCode(), r.err());
		String xml = Files.readString(dir.resolve("out/volume.xml"));
		assertTrue(xml.contains("<name>EM</name>") && xml.contains("<name>segments</name>") && xml.contains("<name>synapses</name>"), xml);
		assertFalse(xml.contains("<name>uncertainty</name>"), "no variance map was asked for");
		var level0 = N5Images.open(N5Store.open(dir.resolve("out/volume.n5")), "setup2/timepoint0/s0", new UnsignedIntType());
		assertEquals(1, level0.randomAccess().setPositionAndGet(16, 10, 2).get(), "setup 2 holds the synapse labels");
	}

	@Test
	void modelStepsWriteTheirDatasetsAndAreNotRedoneOnRerun() throws IOException {
		String[] options = { "--model", SlowPassFixture.pixelModel(dir, "membrane").toString(), "--cleft-model",
				SlowPassFixture.pixelModel(dir, "cleft").toString(), "--vesicle-model", SlowPassFixture.pixelModel(dir, "vesicle").toString(),
				"--uncertainty", "noise", "--uncertainty-samples", "2" };
		CliRun first = run(options);
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(first.out().contains("clefts: 8 blocks (8 computed, 0 done before)"), first.out());
		assertTrue(first.out().contains("variance: 8 blocks (8 computed, 0 done before)"), first.out());
		N5Store store = N5Store.open(dir.resolve("out/volume.n5"));
		for (String dataset : List.of(SynapseStep.CLEFTS, SynapseStep.VESICLES, UncertaintyStep.VARIANCE))
			assertTrue(store.datasetExists(dataset), dataset);
		assertTrue(Files.isRegularFile(dir.resolve("out/synapses.csv")));
		assertFalse(CsvTables.read(dir.resolve("out/object_uncertainty.csv")).rows().isEmpty());
		CliRun again = run(options);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("synapses: 1 blocks (0 computed, 1 done before)"), again.out());
		assertTrue(again.out().contains("uncertainty: 1 blocks (0 computed, 1 done before)"), again.out());
		assertFalse(again.out().contains("clefts: 8 blocks"), again.out());
	}

	@Test
	void anEnsembleOfCleftNetsGivesOneCleftMap() throws IOException {
		Path cleft = SlowPassFixture.pixelModel(dir, "cleft");
		StoredModel loaded = ModelFiles.load(cleft, "cleft", 1);
		Path coarse = dir.resolve("coarse-cleft.zip");
		ModelFiles.save(coarse, loaded.network(), loaded.info().withInputDownsampling(2), false);
		Path membrane = SlowPassFixture.pixelModel(dir, "membrane");
		assertRefused(run("--intensity-membranes", "--cleft-model", cleft + "," + membrane, "--vesicle-model",
				SlowPassFixture.pixelModel(dir, "vesicle").toString()), "model is for task 'membrane', expected 'cleft'");
		CliRun r = run("--intensity-membranes", "--cleft-model", cleft + "," + coarse, "--vesicle-model",
				SlowPassFixture.pixelModel(dir, "vesicle").toString());
		assertEquals(0, r.exitCode(), r.err());
		N5Store store = N5Store.open(dir.resolve("out/volume.n5"));
		assertTrue(store.datasetExists(SynapseStep.CLEFTS));
		assertEquals(true, store.attributes(SynapseStep.CLEFTS).get("streamed_complete"), "a coarse and a full-resolution net are streamed");
		assertTrue(Files.isRegularFile(dir.resolve("out/synapses.csv")));
		CliRun single = run("--intensity-membranes", "--cleft-model", cleft.toString(), "--vesicle-model",
				SlowPassFixture.pixelModel(dir, "vesicle").toString());
		assertEquals(2, single.exitCode(), "one net is another setting than the ensemble: " + single.err());
	}

	@Test
	void aFinishedStepWithOtherSettingsNeedsOverwrite() throws IOException {
		String clefts = SlowPassFixture.map(dir, "clefts", 16, 16), vesicles = SlowPassFixture.map(dir, "vesicles", 12, 15);
		assertEquals(0, run("--intensity-membranes", "--clefts", clefts, "--vesicles", vesicles).exitCode());
		CliRun other = run("--intensity-membranes", "--clefts", clefts, "--vesicles", vesicles, "--min-cleft-voxels", "4");
		assertEquals(2, other.exitCode(), other.err());
		assertTrue(other.err().contains("holds synapses results of other settings"), other.err());
		CliRun replaced = run("--intensity-membranes", "--clefts", clefts, "--vesicles", vesicles, "--min-cleft-voxels", "4", "--overwrite");
		assertEquals(0, replaced.exitCode(), replaced.err());
		assertEquals(1, CsvTables.read(dir.resolve("out/synapses.csv")).rows().size());
	}

	@Test
	void incompleteOrWrongModelsAreRefusedBeforeAnythingIsWritten() throws IOException {
		Path cleft = SlowPassFixture.pixelModel(dir, "cleft"), membrane = SlowPassFixture.pixelModel(dir, "membrane");
		assertRefused(run("--intensity-membranes", "--cleft-model", cleft.toString()), "--cleft-model needs --vesicle-model");
		assertRefused(run("--intensity-membranes", "--cleft-model", membrane.toString(), "--vesicle-model", cleft.toString()),
				"model is for task 'membrane', expected 'cleft'");
		assertRefused(run("--intensity-membranes", "--mergenet", cleft.toString()), "expected 'mergenet'");
		assertRefused(run("--intensity-membranes", "--uncertainty", "noise"), "--uncertainty needs a membrane model");
		assertRefused(run("--model", membrane.toString(), "--uncertainty", "wobble"), "unknown method 'wobble'");
		assertRefused(run("--intensity-membranes", "--clefts", SlowPassFixture.map(dir, "empty", 99, 99), "--vesicles",
				SlowPassFixture.map(dir, "vesicles", 12, 15)), "every voxel is 0");
	}

	private void assertRefused(CliRun r, String words) {
		assertEquals(2, r.exitCode(), r.err());
		assertTrue(r.err().contains(words), r.err());
		assertFalse(Files.exists(dir.resolve("out/volume.n5")), "the run wrote its container");
	}
}
