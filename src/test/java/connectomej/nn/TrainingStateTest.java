package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingStateTest {

	@Test
	void aSparseClassWithF1StuckAtZeroIsSelectedByAuc() {
		TrainingState s = new TrainingState(1, 0, 0.6, 0, 0);
		assertTrue(s.improvedBy(0, 0.7), "equal F1, higher AUC");
		assertFalse(s.improvedBy(0, 0.5), "equal F1, lower AUC");
		assertTrue(s.improvedBy(0.1, 0.5), "higher F1 wins whatever the AUC");
	}

	@Test
	void bestAucSurvivesACheckpointRoundTrip(@TempDir Path dir) throws Exception {
		new TrainingState(3, 0.25, 0.875, 1, 0).write(dir);
		Files.writeString(dir.resolve("last.zip"), "");
		TrainingState read = TrainingState.read(dir);
		assertEquals(0.25, read.bestF1());
		assertEquals(0.875, read.bestAuc());
		assertEquals(1, read.badEpochs());
	}
}
