package connectomej.proofread;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;

class JournaledSessionTest {

	@TempDir
	Path dir;
	SessionInputs inputs;
	Path folder;

	@BeforeEach
	void fixture() throws IOException {
		inputs = ProofreadFixture.write(Files.createDirectories(dir.resolve("in")));
		folder = dir.resolve("session");
	}

	@Test
	void eachScriptStepGivesItsLabelsAndPartners() throws IOException {
		try (ProofreadSession s = JournaledSession.open(inputs, folder)) {
			assertArrayEquals(ProofreadScript.ROWS[0], ProofreadFixture.row(s, 2, 1));
			for (int k = 1; k <= ProofreadScript.STEPS; k++) {
				ProofreadScript.step(s, k);
				assertArrayEquals(ProofreadScript.ROWS[k], ProofreadFixture.row(s, 3, 1), "step " + k);
				for (int i = 0; i < 3; i++)
					assertArrayEquals(ProofreadScript.PARTNERS[k][i], new long[] { s.synapses().get(i).pre(), s.synapses().get(i).post() });
			}
		}
	}

	@Test
	void splitReturnsTheNewIdAndLabelAtSeesIt() throws IOException {
		try (ProofreadSession s = JournaledSession.open(inputs, folder)) {
			assertEquals(4, s.split(3, new int[] { 6, 1, 1 }, new int[] { 11, 3, 0 }));
			assertEquals(4, s.labelAt(9, 2, 1));
			assertEquals(3, s.labelAt(8, 2, 1));
			assertTrue(s.undo());
			assertEquals(5, s.split(3, new int[] { 6, 1, 1 }, new int[] { 11, 3, 0 }), "undone ids are not reused");
		}
	}

	@Test
	void splitWithoutMembranesFollowsGeodesicDistance() throws IOException {
		SessionInputs noMembranes = new SessionInputs(inputs.raw(), inputs.segments(), null, null, null, null);
		try (ProofreadSession s = JournaledSession.open(noMembranes, folder)) {
			assertNull(s.membraneSection(0));
			s.split(3, new int[] { 6, 0, 0 }, new int[] { 9, 0, 0 });
			assertArrayEquals(new long[] { 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 4 }, ProofreadFixture.row(s, 1, 0));
		}
	}

	@Test
	void undoAndRedoWalkTheHistoryAndANewEditDropsRedo() throws IOException {
		try (ProofreadSession s = JournaledSession.open(inputs, folder)) {
			assertFalse(s.undo());
			s.merge(2, 3);
			s.merge(1, 2);
			assertTrue(s.undo());
			assertArrayEquals(new long[] { 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2 }, ProofreadFixture.row(s, 0, 0));
			assertTrue(s.undo());
			assertArrayEquals(ProofreadFixture.ROW, ProofreadFixture.row(s, 0, 0));
			assertTrue(s.redo());
			s.markReviewed(1);
			assertFalse(s.redo(), "a new edit discards what was undone");
			assertTrue(s.isReviewed(1));
		}
	}

	@Test
	void badInputThrowsAndLeavesTheJournalUntouched() throws IOException {
		try (ProofreadSession s = JournaledSession.open(inputs, folder)) {
			s.merge(1, 2);
			byte[] journal = Files.readAllBytes(folder.resolve("journal.log"));
			assertThrows(IllegalArgumentException.class, () -> s.merge(3, 3));
			assertThrows(IllegalArgumentException.class, () -> s.merge(3, 99));
			assertThrows(IllegalArgumentException.class, () -> s.merge(3, 2), "2 was merged into 1");
			assertThrows(IllegalArgumentException.class, () -> s.split(3, new int[] { 2, 0, 0 }, new int[] { 11, 0, 0 }));
			assertThrows(IllegalArgumentException.class, () -> s.split(3, new int[] { 6, 0, 0 }, new int[] { 6, 0, 0 }));
			assertThrows(IllegalArgumentException.class, () -> s.split(3, new int[] { 6, 0, 0 }, new int[] { 12, 0, 0 }));
			assertThrows(IllegalArgumentException.class, () -> s.markReviewed(0));
			assertArrayEquals(journal, Files.readAllBytes(folder.resolve("journal.log")));
			assertArrayEquals(ProofreadScript.ROWS[1], ProofreadFixture.row(s, 0, 0));
		}
	}

	@Test
	void missingFilesAndDifferentShapesAreBadInput() throws IOException {
		SessionInputs missing = new SessionInputs(inputs.raw(), dir.resolve("none.tif").toString(), null, null, null, null);
		assertTrue(assertThrows(BadInputException.class, () -> JournaledSession.open(missing, folder)).getMessage().contains("none.tif"));
		Path small = dir.resolve("small.tif");
		VolumeFiles.write(new connectomej.volume.Volume<>(net.imglib2.img.array.ArrayImgs.floats(12, 4, 1), ProofreadFixture.VOXEL),
				small.toString());
		SessionInputs shapes = new SessionInputs(inputs.raw(), inputs.segments(), small.toString(), null, null, null);
		BadInputException e = assertThrows(BadInputException.class, () -> JournaledSession.open(shapes, folder));
		assertTrue(e.getMessage().contains("small.tif") && e.getMessage().contains("differs"), e.getMessage());
	}

	@Test
	void listenersHearEveryEditUndoAndRedo() throws IOException {
		try (ProofreadSession s = JournaledSession.open(inputs, folder)) {
			AtomicInteger calls = new AtomicInteger();
			s.addChangeListener(calls::incrementAndGet);
			s.merge(1, 2);
			s.undo();
			s.redo();
			s.undo();
			s.undo();
			assertEquals(4, calls.get(), "the last undo had nothing to undo");
		}
	}

	@Test
	void saveWritesLabelsAndConnectome() throws IOException {
		try (ProofreadSession s = JournaledSession.open(inputs, folder)) {
			for (int k = 1; k <= ProofreadScript.STEPS; k++)
				ProofreadScript.step(s, k);
			assertEquals(folder, s.save());
		}
		var labels = LabelVolumes.of(VolumeFiles.read(folder.resolve("labels.tif").toString()).data(), folder);
		int i = 0;
		for (IntegerType<?> t : Views.flatIterable(labels))
			assertEquals(ProofreadScript.ROWS[6][i++ % 12], t.getIntegerLong());
		assertEquals(ProofreadScript.FINAL_CONNECTOME, Files.readString(folder.resolve("connectome.csv")));
		assertTrue(Files.readString(folder.resolve("connectome.graphml")).contains("source=\"n3\" target=\"n4\""));
		assertTrue(Files.readString(folder.resolve("synapses.csv")).contains(",3,4\n"));
	}

	@Test
	void opensTheBundledSampleWithItsGroundTruthSynapseTable() throws IOException {
		Path sample = Path.of("sample-data", "synthetic-tem");
		SessionInputs gt = new SessionInputs(sample.resolve("raw.tif").toString(), sample.resolve("neuron_ids.tif").toString(),
				null, sample.resolve("synapses.csv"), null, null);
		try (ProofreadSession s = JournaledSession.open(gt, folder)) {
			assertEquals(5, s.synapses().size());
			assertEquals(73, s.synapses().get(0).pre(), "partners of the table, first row 73 -> 83");
			assertEquals(83, s.synapses().get(0).post());
			assertEquals(1.0, s.synapses().get(0).confidence());
		}
	}
}
